using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis.Testing;

namespace KitchenKatas.Analyzers.Tests.Support;

/// <summary>What every analyzer and code-fix test compiles against: .NET 10 and a kata project's implicit usings.</summary>
internal static class KitchenTestSetup
{
    public const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>Reference assemblies shipped in a package, so tests never download anything.</summary>
    public static void Apply(SolutionState state, out ReferenceAssemblies referenceAssemblies)
    {
        referenceAssemblies = new ReferenceAssemblies("net10.0");
        state.AdditionalReferences.AddRange(Net100.References.All);
        state.Sources.Add(("/0/ImplicitUsings.g.cs", ImplicitUsings));
    }
}
