namespace ProdReady.Reporting;

/// <summary>How output is presented: colour only on an interactive terminal without NO_COLOR; width for the terminal.</summary>
public sealed record WriterOptions(bool Color = false, int Width = 120);
