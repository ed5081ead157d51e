namespace ProdReady.Engine.Facts.Readers;

internal enum EntryPointSource
{
    None,
    Procfile,
    Shell,
    Makefile,
    ServerConfig,
    Dockerfile,
}
