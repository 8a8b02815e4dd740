namespace Kitchen.ThreadPool;

/// <summary>The rail the orders are pinned on.</summary>
internal sealed class OrderRail : Queue<Action>
{
}
