namespace KitchenKatas.Grader.Exploration;

/// <summary>One step of a schedule as the report prints it: who, what, where, and why it matters.</summary>
/// <param name="Chef">The chef's index, one column each.</param>
/// <param name="Text">What the chef did, in the learner's identifiers: <c>reads _total = 5</c>.</param>
/// <param name="Location">The learner's file and line, <c>Cart.cs:25</c>; empty for steps outside the learner's code.</param>
/// <param name="Note">Why the step matters, shown after the row: <c>overwrites Chef 2's write: an update is lost</c>.</param>
public sealed record TraceRow(int Chef, string Text, string Location, string? Note);
