using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KitchenKatas.Grader.Analyzers;

/// <summary>Every KATA analyzer, for hosts that run them by hand (the grader's hints, the tests).</summary>
public static class KataAnalyzers
{
    /// <summary>A fresh instance of each KATA analyzer, in rule order.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Create() => ImmutableArray.Create<DiagnosticAnalyzer>(
        new SharedFieldReadModifyWriteAnalyzer(),
        new UnguardedSharedFieldAnalyzer(),
        new BadLockObjectAnalyzer(),
        new OneFieldTwoLocksAnalyzer(),
        new CheckThenActAnalyzer(),
        new SplitUpdateAnalyzer(),
        new ThreadPerJobAnalyzer(),
        new WaitBySleepingAnalyzer(),
        new ProcessExitInWorkerAnalyzer(),
        new SwallowedWorkerCrashAnalyzer());
}
