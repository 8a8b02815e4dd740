using System.Text.Json;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Tests;

/// <summary>
/// The dev container is what "Open in Codespaces" builds: it must parse (JSON with comments), bring the SDK band
/// global.json asks for, the C# Dev Kit, and a warm build, or a learner's first <c>dotnet test</c> fails or crawls.
/// </summary>
[TestFixture]
public sealed class DevContainerTests
{
    private static readonly string Repo = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;

    private static JsonElement DevContainer()
    {
        var text = File.ReadAllText(Path.Combine(Repo, ".devcontainer", "devcontainer.json"));
        using var json = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return json.RootElement.Clone();
    }

    private static string GlobalJsonSdk()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo, "global.json")));
        return json.RootElement.GetProperty("sdk").GetProperty("version").GetString()!;
    }

    [Test]
    public void The_dev_container_uses_the_dotnet_10_image_and_adds_the_sdk_band_of_global_json()
    {
        var container = DevContainer();
        var sdk = GlobalJsonSdk(); // e.g. 10.0.400: band 10.0.4xx
        var band = sdk[..(sdk.LastIndexOf('.') + 2)];
        var feature = container.GetProperty("features").EnumerateObject().Single(f => f.Name.StartsWith("ghcr.io/devcontainers/features/dotnet:", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(container.GetProperty("image").GetString(), Does.StartWith("mcr.microsoft.com/devcontainers/dotnet:10.0"));
            Assert.That(feature.Value.GetProperty("version").GetString(), Does.StartWith(band), $"global.json asks for {sdk}: an SDK of the {band}xx band");
        });
    }

    [Test]
    public void The_dev_container_brings_the_csharp_dev_kit_and_a_warm_build()
    {
        var container = DevContainer();
        var extensions = container.GetProperty("customizations").GetProperty("vscode").GetProperty("extensions").EnumerateArray().Select(e => e.GetString());
        var create = container.GetProperty("postCreateCommand").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(extensions, Does.Contain("ms-dotnettools.csdevkit"));
            Assert.That(create, Does.Contain("dotnet tool restore"));
            Assert.That(create, Does.Contain("dotnet build KitchenKatas.slnx"));
            Assert.That(File.Exists(Path.Combine(Repo, "KitchenKatas.slnx")), Is.True, "the solution the warm build builds");
        });
    }
}
