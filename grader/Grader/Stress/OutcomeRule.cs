namespace KitchenKatas.Grader.Stress;

/// <summary>One line of a scenario's outcome table: which outcomes it matches, their grade, and what they mean in the story.</summary>
/// <typeparam name="TOutcome">The value the arbiter reads from the final state.</typeparam>
/// <param name="Matches">Whether an outcome falls under this rule.</param>
/// <param name="Grade">The grade of every outcome the rule matches.</param>
/// <param name="Meaning">One sentence telling the interleaving, e.g. "Both chefs read 5: one tomato vanished."</param>
public sealed record OutcomeRule<TOutcome>(Func<TOutcome, bool> Matches, OutcomeGrade Grade, string Meaning);
