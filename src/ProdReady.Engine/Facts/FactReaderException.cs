namespace ProdReady.Engine.Facts;

/// <summary>A file could not be parsed; the message is one line saying why and where.</summary>
public sealed class FactReaderException(string message) : Exception(message);
