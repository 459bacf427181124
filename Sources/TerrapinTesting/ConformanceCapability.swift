import Testing

/// One capability of the suite: a driver's test target runs every case, one test each
/// (`@Test(arguments: ConformanceCapability.allCases)`), so a new check reaches every driver.
public enum ConformanceCapability: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// ``ConformanceSuite/createAssignsKeysAndTimestamps()``.
    case createAssignsKeysAndTimestamps
    /// ``ConformanceSuite/generateSchemasIsSafeTwice()``.
    case generateSchemasIsSafeTwice
    /// ``ConformanceSuite/modelsRoundTripEveryFieldType()``.
    case modelsRoundTripEveryFieldType
    /// ``ConformanceSuite/bulkCreateReturnsEveryRowWithItsKey()``.
    case bulkCreateReturnsEveryRowWithItsKey
    /// ``ConformanceSuite/saveUpdatesAndDeleteRemoves()``.
    case saveUpdatesAndDeleteRemoves
    /// ``ConformanceSuite/savedReturnsAStoredCopyWithoutMutatingTheOriginal()``.
    case savedReturnsAStoredCopyWithoutMutatingTheOriginal
    /// ``ConformanceSuite/uuidKeysAreAssignedByTheApplication()``.
    case uuidKeysAreAssignedByTheApplication
    /// ``ConformanceSuite/implicitQueriesUseTheTaskDatabase()``.
    case implicitQueriesUseTheTaskDatabase
    /// ``ConformanceSuite/threePredicateFormsFindTheSameRows()``.
    case threePredicateFormsFindTheSameRows
    /// ``ConformanceSuite/everyLookupFindsItsRows()``.
    case everyLookupFindsItsRows
    /// ``ConformanceSuite/orGroupsExcludeAndNullLookupsWork()``.
    case orGroupsExcludeAndNullLookupsWork
    /// ``ConformanceSuite/orderingLimitOffsetFirstAndDistinct()``.
    case orderingLimitOffsetFirstAndDistinct
    /// ``ConformanceSuite/getThrowsForNoneAndForSeveral()``.
    case getThrowsForNoneAndForSeveral
    /// ``ConformanceSuite/querySetUpdateAndDeleteReportRowCounts()``.
    case querySetUpdateAndDeleteReportRowCounts
    /// ``ConformanceSuite/valuesAndRawSQLUseBoundParameters()``.
    case valuesAndRawSQLUseBoundParameters
    /// ``ConformanceSuite/aTransactionCommitsWhenTheBodyReturns()``.
    case aTransactionCommitsWhenTheBodyReturns
    /// ``ConformanceSuite/aTransactionRollsBackWhenTheBodyThrows()``.
    case aTransactionRollsBackWhenTheBodyThrows
    /// ``ConformanceSuite/nestedTransactionsUseSavepoints()``.
    case nestedTransactionsUseSavepoints
    /// ``ConformanceSuite/bulkCreateIsAllOrNothing()``.
    case bulkCreateIsAllOrNothing
    /// ``ConformanceSuite/streamingYieldsEveryRowInBatches()``.
    case streamingYieldsEveryRowInBatches
    /// ``ConformanceSuite/keysetPagesCoverEveryRowOnceInBothDirectionsWithNulls()``.
    case keysetPagesCoverEveryRowOnceInBothDirectionsWithNulls
    /// ``ConformanceSuite/offsetPagesOfAViewShowEveryRowOnceInOrder()``.
    case offsetPagesOfAViewShowEveryRowOnceInOrder
    /// ``ConformanceSuite/offsetPagesOfATableUseItsKeyAsTheTiebreak()``.
    case offsetPagesOfATableUseItsKeyAsTheTiebreak
    /// ``ConformanceSuite/keysetPagingOnAViewSaysToPageByOffset()``.
    case keysetPagingOnAViewSaysToPageByOffset
    /// ``ConformanceSuite/introspectionFindsTablesViewsKeysForeignKeysAndIndexes()``.
    case introspectionFindsTablesViewsKeysForeignKeysAndIndexes
    /// ``ConformanceSuite/oddIdentifiersNullsAndBlobsRoundTrip()``.
    case oddIdentifiersNullsAndBlobsRoundTrip
    /// ``ConformanceSuite/editsCheckTheOldValuesSoConcurrentChangesAreNotOverwritten()``.
    case editsCheckTheOldValuesSoConcurrentChangesAreNotOverwritten
    /// ``ConformanceSuite/viewsRefuseEdits()``.
    case viewsRefuseEdits
    /// ``ConformanceSuite/updateRowReturnsWhatTheTriggerStoredAndUndoMatchesIt()``.
    case updateRowReturnsWhatTheTriggerStoredAndUndoMatchesIt
    /// ``ConformanceSuite/updateRowFollowsAChangedKeyAndIgnoresTheFilter()``.
    case updateRowFollowsAChangedKeyAndIgnoresTheFilter
    /// ``ConformanceSuite/insertAndFetchRowReturnsDefaultsKeysAndTriggerWrites()``.
    case insertAndFetchRowReturnsDefaultsKeysAndTriggerWrites
    /// ``ConformanceSuite/identifiersMatchAsTheDriverDeclares()``.
    case identifiersMatchAsTheDriverDeclares
    /// ``ConformanceSuite/rowEditsFindKeyAndColumnsAsTheDriverDeclares()``.
    case rowEditsFindKeyAndColumnsAsTheDriverDeclares
    /// ``ConformanceSuite/checkFailuresNameTheTableAndColumn()``.
    case checkFailuresNameTheTableAndColumn
    /// ``ConformanceSuite/foreignKeyFailuresNameTheColumn()``.
    case foreignKeyFailuresNameTheColumn
    /// ``ConformanceSuite/uniqueFailuresAreConstraintViolations()``.
    case uniqueFailuresAreConstraintViolations
    /// ``ConformanceSuite/concurrentReadsOverlap()``.
    case concurrentReadsOverlap
    /// ``ConformanceSuite/cancellingATaskInterruptsItsStatement()``.
    case cancellingATaskInterruptsItsStatement
    /// ``ConformanceSuite/aCancelledWaiterForAConnectionLeavesThePool()``.
    case aCancelledWaiterForAConnectionLeavesThePool
    /// ``ConformanceSuite/writesFromManyTasksAreSerialisedWithoutLoss()``.
    case writesFromManyTasksAreSerialisedWithoutLoss

    /// The case name, as the test's argument.
    public var testDescription: String { rawValue }

    /// Runs this capability's checks with `suite`.
    func check(_ suite: ConformanceSuite) async throws {
        switch self {
        case .createAssignsKeysAndTimestamps: try await suite.createAssignsKeysAndTimestamps()
        case .generateSchemasIsSafeTwice: try await suite.generateSchemasIsSafeTwice()
        case .modelsRoundTripEveryFieldType: try await suite.modelsRoundTripEveryFieldType()
        case .bulkCreateReturnsEveryRowWithItsKey:
            try await suite.bulkCreateReturnsEveryRowWithItsKey()
        case .saveUpdatesAndDeleteRemoves: try await suite.saveUpdatesAndDeleteRemoves()
        case .savedReturnsAStoredCopyWithoutMutatingTheOriginal:
            try await suite.savedReturnsAStoredCopyWithoutMutatingTheOriginal()
        case .uuidKeysAreAssignedByTheApplication:
            try await suite.uuidKeysAreAssignedByTheApplication()
        case .implicitQueriesUseTheTaskDatabase: try await suite.implicitQueriesUseTheTaskDatabase()
        case .threePredicateFormsFindTheSameRows:
            try await suite.threePredicateFormsFindTheSameRows()
        case .everyLookupFindsItsRows: try await suite.everyLookupFindsItsRows()
        case .orGroupsExcludeAndNullLookupsWork: try await suite.orGroupsExcludeAndNullLookupsWork()
        case .orderingLimitOffsetFirstAndDistinct:
            try await suite.orderingLimitOffsetFirstAndDistinct()
        case .getThrowsForNoneAndForSeveral: try await suite.getThrowsForNoneAndForSeveral()
        case .querySetUpdateAndDeleteReportRowCounts:
            try await suite.querySetUpdateAndDeleteReportRowCounts()
        case .valuesAndRawSQLUseBoundParameters: try await suite.valuesAndRawSQLUseBoundParameters()
        case .aTransactionCommitsWhenTheBodyReturns:
            try await suite.aTransactionCommitsWhenTheBodyReturns()
        case .aTransactionRollsBackWhenTheBodyThrows:
            try await suite.aTransactionRollsBackWhenTheBodyThrows()
        case .nestedTransactionsUseSavepoints: try await suite.nestedTransactionsUseSavepoints()
        case .bulkCreateIsAllOrNothing: try await suite.bulkCreateIsAllOrNothing()
        case .streamingYieldsEveryRowInBatches: try await suite.streamingYieldsEveryRowInBatches()
        case .keysetPagesCoverEveryRowOnceInBothDirectionsWithNulls:
            try await suite.keysetPagesCoverEveryRowOnceInBothDirectionsWithNulls()
        case .offsetPagesOfAViewShowEveryRowOnceInOrder:
            try await suite.offsetPagesOfAViewShowEveryRowOnceInOrder()
        case .offsetPagesOfATableUseItsKeyAsTheTiebreak:
            try await suite.offsetPagesOfATableUseItsKeyAsTheTiebreak()
        case .keysetPagingOnAViewSaysToPageByOffset:
            try await suite.keysetPagingOnAViewSaysToPageByOffset()
        case .introspectionFindsTablesViewsKeysForeignKeysAndIndexes:
            try await suite.introspectionFindsTablesViewsKeysForeignKeysAndIndexes()
        case .oddIdentifiersNullsAndBlobsRoundTrip:
            try await suite.oddIdentifiersNullsAndBlobsRoundTrip()
        case .editsCheckTheOldValuesSoConcurrentChangesAreNotOverwritten:
            try await suite.editsCheckTheOldValuesSoConcurrentChangesAreNotOverwritten()
        case .viewsRefuseEdits: try await suite.viewsRefuseEdits()
        case .updateRowReturnsWhatTheTriggerStoredAndUndoMatchesIt:
            try await suite.updateRowReturnsWhatTheTriggerStoredAndUndoMatchesIt()
        case .updateRowFollowsAChangedKeyAndIgnoresTheFilter:
            try await suite.updateRowFollowsAChangedKeyAndIgnoresTheFilter()
        case .insertAndFetchRowReturnsDefaultsKeysAndTriggerWrites:
            try await suite.insertAndFetchRowReturnsDefaultsKeysAndTriggerWrites()
        case .identifiersMatchAsTheDriverDeclares:
            try await suite.identifiersMatchAsTheDriverDeclares()
        case .rowEditsFindKeyAndColumnsAsTheDriverDeclares:
            try await suite.rowEditsFindKeyAndColumnsAsTheDriverDeclares()
        case .checkFailuresNameTheTableAndColumn:
            try await suite.checkFailuresNameTheTableAndColumn()
        case .foreignKeyFailuresNameTheColumn: try await suite.foreignKeyFailuresNameTheColumn()
        case .uniqueFailuresAreConstraintViolations:
            try await suite.uniqueFailuresAreConstraintViolations()
        case .concurrentReadsOverlap: try await suite.concurrentReadsOverlap()
        case .cancellingATaskInterruptsItsStatement:
            try await suite.cancellingATaskInterruptsItsStatement()
        case .aCancelledWaiterForAConnectionLeavesThePool:
            try await suite.aCancelledWaiterForAConnectionLeavesThePool()
        case .writesFromManyTasksAreSerialisedWithoutLoss:
            try await suite.writesFromManyTasksAreSerialisedWithoutLoss()
        }
    }
}
