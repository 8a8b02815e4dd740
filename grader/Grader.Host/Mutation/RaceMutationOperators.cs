using KitchenKatas.Grader.Mutation.Operators;

namespace KitchenKatas.Grader.Mutation;

/// <summary>The concurrency mutation operators, in the order their mutants are listed.</summary>
public static class RaceMutationOperators
{
    /// <summary>Every operator.</summary>
    public static IReadOnlyList<IRaceMutationOperator> All { get; } =
    [
        new DropLockOperator(),
        new MoveOutOfLockOperator(),
        new SplitLockObjectsOperator(),
        new LockPerCallOperator(),
        new PlainInterlockedOperator(),
        new PlainVolatileOperator(),
        new PlainCollectionOperator(),
        new SplitAtomicUpdateOperator(),
        new UnboundPoolOperator(),
        new DropEntireProcessTreeOperator(),
        new DropTimeoutOperator(),
        new DropWaitForExitOperator(),
    ];

    /// <summary>The operator with id <paramref name="id"/>, or null.</summary>
    public static IRaceMutationOperator? Find(string id) => All.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.Ordinal));
}
