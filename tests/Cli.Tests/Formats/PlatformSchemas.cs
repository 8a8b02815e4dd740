using System.Text.Json;
using Json.Schema;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Cli.Tests.Formats;

/// <summary>The JSON Schemas in docs/schemas/, each written from one platform's documentation, loaded once.</summary>
internal static class PlatformSchemas
{
    public const string Classroom50 = "classroom50-result-v1";
    public const string Exercism = "exercism-results-v3";
    public const string PrairieLearn = "prairielearn-results";
    public const string Gradescope = "gradescope-results";

    private static readonly string Folder = Path.Combine(KataLocator.FindRepoRoot(AppContext.BaseDirectory)!, "docs", "schemas");
    private static readonly Dictionary<string, JsonSchema> Loaded = [];

    /// <summary>The errors <paramref name="json"/> has against schema <paramref name="name"/>; empty when it conforms.</summary>
    public static IReadOnlyList<string> Errors(string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema(name).Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .DefaultIfEmpty("invalid")
                .ToArray();
    }

    private static JsonSchema Schema(string name)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(name, out var schema))
            {
                // A registry each: the schemas are built once, and their ids never meet.
                schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, name + ".schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
                Loaded[name] = schema;
            }

            return schema;
        }
    }
}
