using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests.Rules;

/// <summary>KATA003: a lock on an object that does not keep chefs out.</summary>
[TestFixture]
public sealed class BadLockObjectTests
{
    private static Task VerifyAsync(string source) => Verify<BadLockObjectAnalyzer>.DiagnosticsAsync(source);

    [Test]
    public Task Reports_lock_on_this_a_type_or_a_string() => VerifyAsync("""
        public sealed class Cart
        {
            private readonly string _name = "cart";
            private int _n;
            public void A() { lock ({|KATA003:this|}) { _n++; } }
            public void B() { lock ({|KATA003:typeof(Cart)|}) { _n++; } }
            public void C() { lock ({|KATA003:GetType()|}) { _n++; } }
            public void D() { lock ({|KATA003:"cart"|}) { _n++; } }
            public void E() { lock ({|KATA003:_name|}) { _n++; } }
        }
        """);

    [Test]
    public Task Reports_lock_on_a_boxed_value_or_an_object_made_in_the_same_member() => VerifyAsync("""
        public sealed class Cart
        {
            private int _n;
            public void A() { lock ({|KATA003:(object)_n|}) { _n++; } }
            public void B() { lock ({|KATA003:new object()|}) { _n++; } }
            public void C()
            {
                var gate = new object();
                lock ({|KATA003:gate|}) { _n++; }
            }
        }
        """);

    [Test]
    public Task Does_not_report_lock_on_a_private_readonly_object() => VerifyAsync("""
        public sealed class Cart
        {
            private readonly object _gate = new();
            private readonly Lock _door = new();
            private static readonly object Shared = new();
            private int _n;
            public void A() { lock (_gate) { _n++; } }
            public void B() { lock (_door) { _n++; } }
            public void C() { lock (Shared) { _n++; } }
            public void D(object given) { lock (given) { _n++; } }
        }
        """);
}
