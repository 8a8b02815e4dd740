using KitchenKatas.Cli.Tests.Formats;

namespace KitchenKatas.Cli.Tests;

/// <summary>
/// Each platform schema refuses what its platform refuses: a schema that accepts anything would make the conformance
/// tests prove nothing. Each case is one documented rule broken.
/// </summary>
[TestFixture]
public sealed class SchemaBiteTests
{
    private const string Ids = """
        "classroom": "c", "assignment": "a", "submission": "submit/x", "commit": "https://c", "release": "https://r", "review": "https://v", "datetime": "2026-12-01T10:00:00Z"
        """;

    private static IEnumerable<TestCaseData> Invalid() =>
    [
        Case(PlatformSchemas.Classroom50, "a score that is not whole", $$"""{ "schema": "classroom50/result/v1", {{Ids}}, "score": 1.5, "max-score": 2, "tests": [] }"""),
        Case(PlatformSchemas.Classroom50, "another schema sentinel", $$"""{ "schema": "classroom50/result/v2", {{Ids}}, "score": 1, "max-score": 2, "tests": [] }"""),
        Case(PlatformSchemas.Classroom50, "no submission tag", """{ "schema": "classroom50/result/v1", "classroom": "c", "assignment": "a", "commit": "x", "release": "x", "review": "x", "datetime": "2026-12-01T10:00:00Z", "score": 1, "max-score": 2, "tests": [] }"""),
        Case(PlatformSchemas.Classroom50, "a test without test-name", $$"""{ "schema": "classroom50/result/v1", {{Ids}}, "score": 0, "max-score": 1, "tests": [{ "passed": false, "score": 0, "max-score": 1 }] }"""),
        Case(PlatformSchemas.Classroom50, "a local time instead of UTC", $$"""{ "schema": "classroom50/result/v1", "classroom": "c", "assignment": "a", "submission": "s", "commit": "c", "release": "r", "review": "v", "datetime": "2026-12-01 10:00", "score": 0, "max-score": 0, "tests": [] }"""),
        Case(PlatformSchemas.Exercism, "version 2", """{ "version": 2, "status": "pass", "tests": [] }"""),
        Case(PlatformSchemas.Exercism, "a status of its own", """{ "version": 3, "status": "passed", "tests": [] }"""),
        Case(PlatformSchemas.Exercism, "error without a message", """{ "version": 3, "status": "error" }"""),
        Case(PlatformSchemas.Exercism, "fail without tests", """{ "version": 3, "status": "fail" }"""),
        Case(PlatformSchemas.Exercism, "a failed test without a message", """{ "version": 3, "status": "fail", "tests": [{ "name": "t", "status": "fail" }] }"""),
        Case(PlatformSchemas.Exercism, "output over 500 characters", $$"""{ "version": 3, "status": "pass", "tests": [{ "name": "t", "status": "pass", "output": "{{new string('o', 501)}}" }] }"""),
        Case(PlatformSchemas.Exercism, "output cut without Exercism's sentence", $$"""{ "version": 3, "status": "pass", "tests": [{ "name": "t", "status": "pass", "output": "{{new string('o', 500)}}" }] }"""),
        Case(PlatformSchemas.Exercism, "a task id that is not a task number", """{ "version": 3, "status": "pass", "tests": [{ "name": "t", "status": "pass", "task_id": "task 1" }] }"""),
        Case(PlatformSchemas.Exercism, "pass with a failed test", """{ "version": 3, "status": "pass", "tests": [{ "name": "t", "status": "fail", "message": "m" }] }"""),
        Case(PlatformSchemas.PrairieLearn, "a score out of 0..1", """{ "gradable": true, "score": 45, "tests": [] }"""),
        Case(PlatformSchemas.PrairieLearn, "gradable without a score", """{ "gradable": true, "message": "m" }"""),
        Case(PlatformSchemas.PrairieLearn, "a test without max_points", """{ "score": 0.5, "tests": [{ "name": "t", "points": 1 }] }"""),
        Case(PlatformSchemas.Gradescope, "a visibility Gradescope does not know", """{ "score": 1, "tests": [{ "score": 1, "visibility": "students" }] }"""),
        Case(PlatformSchemas.Gradescope, "no score anywhere", """{ "output": "o", "tests": [{ "name": "t" }] }"""),
        Case(PlatformSchemas.Gradescope, "a status of its own", """{ "score": 1, "tests": [{ "score": 1, "status": "pass" }] }"""),
        Case(PlatformSchemas.Gradescope, "execution time as text", """{ "score": 1, "execution_time": "2s" }"""),
    ];

    [TestCaseSource(nameof(Invalid))]
    public void The_schema_refuses(string schema, string json) =>
        Assert.That(PlatformSchemas.Errors(schema, json), Is.Not.Empty, json);

    private static TestCaseData Case(string schema, string broken, string json) =>
        new TestCaseData(schema, json).SetArgDisplayNames(schema, broken);
}
