import TerrapinCore

extension BrowserState {
    /// After a page was shown: recounts when the page proves the count wrong, as after rows
    /// were deleted or inserted by another process. A page that is the whole view must hold
    /// the count's number of rows; a last page must end at the count; a page with rows after
    /// it must end before the count.
    mutating func recountIfThePageContradictsTheCount() -> [BrowserEffect] {
        guard let view = table, view.hasLoadedPage, let count = view.totalCount,
            inFlight.count == nil
        else { return [] }
        let rows = view.rows.count
        let isContradicted: Bool
        if !view.hasPrevious, !view.hasNext {
            isContradicted = rows != count
        } else if let start = view.pageStart, !view.isLastPage {
            isContradicted = view.hasNext ? start + rows >= count : start + rows != count
        } else {
            isContradicted = false
        }
        return isContradicted ? recount() : []
    }
}
