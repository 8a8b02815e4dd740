using System.Globalization;
using System.Xml.Linq;

namespace KitchenKatas.Grader.Katas;

/// <summary>How one test of a kata ended.</summary>
/// <param name="FullName">Namespace, class and method, as kata.json names checks.</param>
/// <param name="Outcome">"Passed", "Failed", "NotExecuted", ... as the test platform reports it.</param>
/// <param name="Message">The failure message, if any.</param>
/// <param name="StackTrace">The failure's stack trace, if any.</param>
/// <param name="StandardOutput">What the test wrote to its output.</param>
/// <param name="Duration">How long it ran.</param>
public sealed record TestOutcome(string FullName, string Outcome, string? Message, string? StackTrace, string? StandardOutput, TimeSpan Duration)
{
    /// <summary>True when the test ran and passed.</summary>
    public bool Passed => string.Equals(Outcome, "Passed", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Reads the results of a test run from a Visual Studio TRX file.</summary>
public static class TrxReader
{
    private static readonly XNamespace Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>Every test result in <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a TRX file.</exception>
    public static IReadOnlyList<TestOutcome> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (System.Xml.XmlException e)
        {
            throw new InvalidDataException($"{path} is not a readable TRX file: {e.Message}", e);
        }

        var names = document.Descendants(Ns + "UnitTest").ToDictionary(
            t => (string?)t.Attribute("id") ?? "",
            t => t.Element(Ns + "TestMethod") is { } m
                ? $"{(string?)m.Attribute("className")}.{(string?)m.Attribute("name")}"
                : (string?)t.Attribute("name") ?? "",
            StringComparer.Ordinal);
        return document.Descendants(Ns + "UnitTestResult").Select(r =>
        {
            var output = r.Element(Ns + "Output");
            var error = output?.Element(Ns + "ErrorInfo");
            var id = (string?)r.Attribute("testId") ?? "";
            var name = names.GetValueOrDefault(id) ?? (string?)r.Attribute("testName") ?? id;
            return new TestOutcome(
                name,
                (string?)r.Attribute("outcome") ?? "Unknown",
                (string?)error?.Element(Ns + "Message"),
                (string?)error?.Element(Ns + "StackTrace"),
                (string?)output?.Element(Ns + "StdOut"),
                TimeSpan.TryParse((string?)r.Attribute("duration"), CultureInfo.InvariantCulture, out var d) ? d : TimeSpan.Zero);
        }).ToArray();
    }
}
