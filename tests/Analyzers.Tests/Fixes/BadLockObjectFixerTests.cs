using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using KitchenKatas.Grader.Analyzers.CodeFixes;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests.Fixes;

/// <summary>KATA003's fix: lock on a private readonly object instead.</summary>
[TestFixture]
public sealed class BadLockObjectFixerTests
{
    private static Task FixAsync(string source, string fixedSource) =>
        Verify<BadLockObjectAnalyzer>.FixAsync<BadLockObjectFixer>(source, fixedSource);

    [Test]
    public Task Replaces_lock_on_this_by_a_new_private_lock_object() => FixAsync("""
        public sealed class Cart
        {
            private int _n;
            public void Add()
            {
                lock ({|KATA003:this|}) { _n++; }
            }
        }
        """, """
        public sealed class Cart
        {
            private readonly Lock _gate = new();
            private int _n;
            public void Add()
            {
                lock (_gate) { _n++; }
            }
        }
        """);

    [Test]
    public Task Replaces_a_fresh_object_by_the_lock_the_class_already_uses() => FixAsync("""
        public sealed class Cart
        {
            private readonly object _door = new();
            private int _n;
            public void Add() { lock (_door) { _n++; } }
            public void Remove() { lock ({|KATA003:new object()|}) { _n--; } }
        }
        """, """
        public sealed class Cart
        {
            private readonly object _door = new();
            private int _n;
            public void Add() { lock (_door) { _n++; } }
            public void Remove() { lock (_door) { _n--; } }
        }
        """);
}
