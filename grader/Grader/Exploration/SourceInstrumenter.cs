using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// Rewrites a learner's file so that every step another chef could interleave with goes through
/// <see cref="ExplorationHooks"/>: reads and writes of fields (also in property accessors and in <c>_count++</c> or
/// <c>x += n</c>), calls on Dictionary, List, HashSet and the concurrent collections, Interlocked and Volatile, and
/// every lock, Monitor, System.Threading.Lock, ReaderWriterLockSlim and SemaphoreSlim. One semantic pass finds the
/// sites and marks them; then named syntactic steps replace each kind of mark.
/// </summary>
public static partial class SourceInstrumenter
{
    private const string Hooks = "global::KitchenKatas.Grader.Exploration.ExplorationHooks";
    private const string MarkKindName = "kitchen-explore";

    /// <summary>Returns <paramref name="tree"/> instrumented, asking <paramref name="compilation"/> what each name is.</summary>
    /// <exception cref="UnmodelledCodeException">The file uses threads, tasks, awaits or waits the explorer cannot schedule.</exception>
    public static SyntaxTree Instrument(CSharpCompilation compilation, SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(tree);
        var finder = new SiteFinder(compilation.GetSemanticModel(tree), Path.GetFileName(tree.FilePath), GuardedFields(compilation));
        var root = tree.GetRoot();
        finder.Visit(root);
        if (finder.Unmodelled.Count > 0)
        {
            throw new UnmodelledCodeException("The explorer cannot model " + string.Join("; ", finder.Unmodelled.Distinct()) + ".");
        }

        var marks = finder.Marks;
        root = new Annotate(marks).Visit(root)!;
        root = new SynchronizedToLocks(marks).Visit(root)!;
        root = new LocksToHooks(marks).Visit(root)!;
        root = new CallsToHooks(marks).Visit(root)!;
        root = new FieldsToHooks(marks).Visit(root)!;
        root = new EntriesToHooks(marks).Visit(root)!;
        root = new CatchesToHooks().Visit(root)!;
        root = new SpinsToHooks(marks).Visit(root)!;
        return tree.WithRootAndOptions(root, tree.Options);
    }

    private static IEnumerable<Mark> MarksOf(SyntaxNode node, IReadOnlyDictionary<SyntaxAnnotation, Mark> marks) =>
        node.GetAnnotations(MarkKindName).Select(a => marks[a]);

    private static Mark? MarkOf(SyntaxNode node, IReadOnlyDictionary<SyntaxAnnotation, Mark> marks, MarkKind kind) =>
        MarksOf(node, marks).FirstOrDefault(m => m.Kind == kind);

    /// <summary>A copy of <paramref name="node"/> without marks, so an expression evaluated twice is instrumented once.</summary>
    private static T Plain<T>(T node)
        where T : SyntaxNode =>
        node.ReplaceNodes(
            node.DescendantNodesAndSelf().Where(n => n.HasAnnotations(MarkKindName)),
            (_, n) => n.WithoutAnnotations(MarkKindName));

    private static ExpressionSyntax Call(string hook, params ExpressionSyntax[] arguments) =>
        SyntaxFactory.InvocationExpression(
            SyntaxFactory.ParseExpression($"{Hooks}.{hook}"),
            SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments.Select(SyntaxFactory.Argument))));

    private static ExpressionSyntax Number(int value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));

    private static ExpressionSyntax Null => SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression);

    private static ExpressionSyntax Uncaptured => SyntaxFactory.ParseExpression($"{Hooks}.Uncaptured");

    /// <summary>Attaches each mark to its node; later steps find marks even after earlier steps rebuilt the tree.</summary>
    private sealed class Annotate(IReadOnlyDictionary<SyntaxAnnotation, Mark> marks) : CSharpSyntaxRewriter
    {
        private readonly ILookup<SyntaxNode, SyntaxAnnotation> _byNode = marks.ToLookup(m => m.Value.Node, m => m.Key);

        public override SyntaxNode? Visit(SyntaxNode? node)
        {
            var visited = base.Visit(node);
            return node is not null && visited is not null && _byNode.Contains(node)
                ? visited.WithAdditionalAnnotations(_byNode[node])
                : visited;
        }
    }
}
