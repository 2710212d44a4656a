namespace FactoryCps.Advisories.Validation;

/// <summary>
/// The JSON pointer of a branch in the product tree, kept as a link to its parent and formatted only when a test
/// reports it: trees of thousands of branches are walked by several tests, and almost every branch is fine.
/// </summary>
internal sealed class TreePointer(TreePointer? parent, int index)
{
    public override string ToString() => parent is null ? $"/product_tree/branches/{index}" : $"{parent}/branches/{index}";
}

/// <summary>Where a product is defined: a branch's <c>product</c>, or an item of a list such as <c>full_product_names</c>.</summary>
internal readonly record struct ProductPointer(TreePointer? Branch, string? List, int Index, string? Tail)
{
    /// <summary>The pointer of the product object (its full_product_name).</summary>
    public override string ToString() =>
        Branch is not null ? $"{Branch}/product" : Tail is null ? $"{List}/{Index}" : $"{List}/{Index}/{Tail}";

    /// <summary>The pointer of the product's <c>product_id</c>.</summary>
    public string Id => $"{this}/product_id";
}
