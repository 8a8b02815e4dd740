using System.Text.Json.Serialization;

namespace KitchenKatas.Grader.Grading;

/// <summary>
/// Whose doing a check that did not pass was. Teachers' platforms show a failure without saying whether the learner's
/// code or the machine that graded it was to blame; every report format says it with this.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Fault>))]
public enum Fault
{
    /// <summary>The learner's code: it failed a check, did not compile, hung, crashed, or broke a rule.</summary>
    [JsonStringEnumMemberName("learner code")]
    LearnerCode,

    /// <summary>The grading machine: too busy to judge, or its build or test platform failed before any check ran.</summary>
    [JsonStringEnumMemberName("grading machine")]
    GradingMachine,
}
