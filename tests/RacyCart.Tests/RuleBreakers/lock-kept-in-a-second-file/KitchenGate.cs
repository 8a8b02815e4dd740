namespace Kitchen.RacyCart;

/// <summary>The cart's lock, kept in a file of its own.</summary>
internal sealed class KitchenGate
{
}
