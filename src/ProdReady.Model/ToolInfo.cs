namespace ProdReady.Model;

/// <summary>The tool that made the report; <see cref="InformationUri"/> is its home page, when the build names one.</summary>
public sealed record ToolInfo(string Name, string Version, string? InformationUri = null);
