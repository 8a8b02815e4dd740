using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using KitchenKatas.Grader.Analyzers.CodeFixes;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests.Fixes;

/// <summary>KATA002's fix: take the class's lock where the field is used without it.</summary>
[TestFixture]
public sealed class UnguardedSharedFieldFixerTests
{
    private static Task FixAsync(string source, string fixedSource) =>
        Verify<UnguardedSharedFieldAnalyzer>.FixAsync<UnguardedSharedFieldFixer>(source, fixedSource);

    [Test]
    public Task Wraps_a_reading_statement_in_the_lock_the_writers_take() => FixAsync("""
        public sealed class Cart
        {
            private readonly object _door = new();
            private readonly List<string> _items = new();
            public void Add(string item) { lock (_door) { _items.Add(item); } }
            public string[] Snapshot()
            {
                var copy = {|KATA002:_items|}.ToArray();
                return copy;
            }
        }
        """, """
        public sealed class Cart
        {
            private readonly object _door = new();
            private readonly List<string> _items = new();
            public void Add(string item) { lock (_door) { _items.Add(item); } }
            public string[] Snapshot()
            {
                string[] copy;
                lock (_door)
                {
                    copy = _items.ToArray();
                }
                return copy;
            }
        }
        """);

    [Test]
    public Task Turns_an_expression_bodied_property_into_a_getter_that_returns_under_the_lock() => FixAsync("""
        public sealed class Cart
        {
            private readonly object _door = new();
            private int _total;
            public void Add(int n) { lock (_door) { _total += n; } }
            public int Total => {|KATA002:_total|};
        }
        """, """
        public sealed class Cart
        {
            private readonly object _door = new();
            private int _total;
            public void Add(int n) { lock (_door) { _total += n; } }
            public int Total
            {
                get
                {
                    lock (_door)
                    {
                        return _total;
                    }
                }
            }
        }
        """);
}
