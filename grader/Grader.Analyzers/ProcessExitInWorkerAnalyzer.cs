using System.Collections.Immutable;
using KitchenKatas.Grader.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KitchenKatas.Grader.Analyzers;

/// <summary>
/// KATA009: <c>Environment.Exit</c> or <c>Environment.FailFast</c> anywhere but the program's entry point
/// (<c>Main</c> or top-level statements). Deep inside a job, they end the whole process, every worker with it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProcessExitInWorkerAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleHelp.Rule(
        RuleIds.ProcessExitInWorker,
        title: "Environment.Exit or FailFast outside the entry point",
        message: "`Environment.{0}` closes the whole kitchen, every chef and every order, not just this job. Let this job fail on its own (throw or return an error) and let the supervisor decide.",
        description: "Ending the process from inside a job takes every other job down with it. To isolate a crash, run risky work "
            + "in its own child process and let only the program's entry point choose the exit code.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        KitchenAnalysis.OnLearnerOperations(context, Analyze, OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var call = (IInvocationOperation)context.Operation;
        if (call.TargetMethod is { Name: "Exit" or "FailFast", ContainingType: { Name: "Environment", ContainingNamespace.Name: "System" } }
            && !IsInEntryPoint(call.Syntax))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, call.Syntax.GetLocation(), call.TargetMethod.Name));
        }
    }

    private static bool IsInEntryPoint(SyntaxNode node)
    {
        var member = node.Ancestors().OfType<MemberDeclarationSyntax>().LastOrDefault(m => m is not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax);
        return member is GlobalStatementSyntax || member is MethodDeclarationSyntax { Identifier.ValueText: "Main" };
    }
}
