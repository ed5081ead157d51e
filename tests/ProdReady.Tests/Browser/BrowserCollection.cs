namespace ProdReady.Tests.Browser;

/// <summary>Browser tests share one collection so Chromium launches once and the tests do not run side by side.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
