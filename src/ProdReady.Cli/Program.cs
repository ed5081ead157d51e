namespace ProdReady.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // The terminal report draws tables with box characters and ellipses: always emit UTF-8.
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return CliApp.Run(args, Console.Out, Console.Error, CliEnvironment.FromProcess());
    }
}
