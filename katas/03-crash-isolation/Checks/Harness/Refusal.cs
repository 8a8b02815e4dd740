namespace Kitchen.CrashIsolation.Checks.Harness;

/// <summary>What the supervisor did with one call that has a bad argument.</summary>
/// <param name="Call">The call, as a learner would write it.</param>
/// <param name="Thrown">The full name of the exception's type; null when it did not throw.</param>
/// <param name="ParamName">The exception's <see cref="ArgumentException.ParamName"/>, when it has one.</param>
/// <param name="Message">The exception's message.</param>
/// <param name="StillRunning">True when the call neither threw nor returned within the harness's patience.</param>
public sealed record Refusal(string Call, string? Thrown, string? ParamName, string? Message, bool StillRunning);
