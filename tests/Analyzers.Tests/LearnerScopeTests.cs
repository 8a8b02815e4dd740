using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests;

/// <summary>In a kata build (KataSourceDir set), only the learner's files are analyzed, never the checks.</summary>
[TestFixture]
public sealed class LearnerScopeTests
{
    private const string Counter = """
        public sealed class {0}
        {{
            private int _count;
            public void Add() => {1};
        }}
        """;

    [TestCase("/kata/")]
    [TestCase("../kata/")]
    [TestCase("./../kata")]
    public async Task Reports_only_in_files_directly_in_the_kata_source_folder(string kataSourceDir)
    {
        var test = new CSharpAnalyzerTest<SharedFieldReadModifyWriteAnalyzer, DefaultVerifier>();
        KitchenTestSetup.Apply(test.TestState, out var references);
        test.ReferenceAssemblies = references;
        test.TestState.Sources.Add(("/kata/Cart.cs", string.Format(Counter, "Cart", "{|KATA001:_count++|}")));
        test.TestState.Sources.Add(("/kata/Checks/Probe.cs", string.Format(Counter, "Probe", "_count++")));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"""
            is_global = true
            build_property.KataSourceDir = {kataSourceDir}
            build_property.ProjectDir = /project/
            """));

        await test.RunAsync();
    }
}
