using System.Globalization;
using System.Text;
using System.Xml;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// Reads the results of a test run from a Visual Studio TRX file, streaming: a test that printed 100 MB makes a
/// results file of 100 MB, so every text in it is cut at <see cref="TextCap"/> characters as it is read, and the
/// reader's memory stays small whatever the file's size.
/// </summary>
public static class TrxReader
{
    /// <summary>Most characters kept of one test's output, message or stack trace.</summary>
    public const int TextCap = 256 * 1024;

    private const string Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    private const string CutMark = " cut]";

    /// <summary>Every test result in <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a TRX file.</exception>
    public static IReadOnlyList<TestOutcome> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var results = new List<(string Id, string? Name, string Outcome, string? Message, string? Stack, string? Output, TimeSpan Duration)>();
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true });
            string? unitTestId = null;
            var current = -1;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != Ns)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "UnitTest":
                        unitTestId = reader.GetAttribute("id") ?? "";
                        names[unitTestId] = reader.GetAttribute("name") ?? "";
                        break;
                    case "TestMethod" when unitTestId is not null:
                        names[unitTestId] = $"{reader.GetAttribute("className")}.{reader.GetAttribute("name")}";
                        break;
                    case "UnitTestResult":
                        results.Add((reader.GetAttribute("testId") ?? "", reader.GetAttribute("testName"), reader.GetAttribute("outcome") ?? "Unknown", null, null, null,
                            TimeSpan.TryParse(reader.GetAttribute("duration"), CultureInfo.InvariantCulture, out var d) ? d : TimeSpan.Zero));
                        current = results.Count - 1;
                        break;
                    case "StdOut" when current >= 0:
                        results[current] = results[current] with { Output = CappedText(reader) };
                        break;
                    case "Message" when current >= 0:
                        results[current] = results[current] with { Message = CappedText(reader) };
                        break;
                    case "StackTrace" when current >= 0:
                        results[current] = results[current] with { Stack = CappedText(reader) };
                        break;
                    case "TestDefinitions" or "ResultSummary":
                        current = -1;
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"{path} is not a readable TRX file: {e.Message}", e);
        }

        return results.Select(r => new TestOutcome(names.GetValueOrDefault(r.Id) ?? r.Name ?? r.Id, r.Outcome, r.Message, r.Stack, r.Output, r.Duration)
        {
            OutputCut = r.Output?.EndsWith(CutMark, StringComparison.Ordinal) == true,
        }).ToArray();
    }

    // The text of the element the reader is on, cut at TextCap with a mark saying how much was cut.
    private static string CappedText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var kept = new StringBuilder();
        var buffer = new char[8192];
        long dropped = 0;
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
            {
                continue;
            }

            int read;
            while ((read = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
            {
                var room = Math.Max(0, TextCap - kept.Length);
                kept.Append(buffer, 0, Math.Min(room, read));
                dropped += Math.Max(0, read - room);
            }
        }

        return dropped == 0 ? kept.ToString() : $"{kept}\n[... {dropped.ToString("N0", CultureInfo.InvariantCulture)} more characters{CutMark}";
    }
}
