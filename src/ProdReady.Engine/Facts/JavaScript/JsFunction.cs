namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>A function, method or arrow function: its header starts at <see cref="HeaderStart"/> and its body
/// spans tokens [<see cref="BodyStart"/>, <see cref="BodyEnd"/>). <see cref="Name"/> is null when anonymous.</summary>
internal sealed record JsFunction(string? Name, string? ClassName, bool IsAsync, int HeaderStart, int BodyStart, int BodyEnd);
