namespace ProdReady.Engine.Facts.JavaScript;

/// <summary><c>process.env.NAME</c>, <c>process.env["NAME"]</c> or <c>import.meta.env.NAME</c> starting at a token
/// and ending before <see cref="End"/>.</summary>
internal readonly record struct JsEnvAccess(string Name, int End);
