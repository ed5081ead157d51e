using System.Globalization;

namespace ProdReady.Reporting.Html;

/// <summary>The score gauge and area bars as inline SVG: geometry only, drawn with presentation attributes so the
/// page's style policy needs no inline style attributes.</summary>
internal static class HtmlGraphics
{
    private const double Radius = 52;
    private static readonly double Circumference = 2 * Math.PI * Radius;

    public static string Band(int score) => score switch
    {
        >= 80 => "band-good",
        >= 50 => "band-fair",
        _ => "band-poor",
    };

    public static void Gauge(HtmlWriter html, int score)
    {
        var filled = Circumference * Math.Clamp(score, 0, 100) / 100;
        html.Open("svg", ("class", $"gauge {Band(score)}"), ("viewBox", "0 0 120 120"), ("role", "img"), ("aria-label", $"Score {Number(score)} out of 100"));
        html.Trusted("<circle class=\"gauge-track\" cx=\"60\" cy=\"60\" r=\"52\"/>");
        html.Open("circle", ("class", "gauge-value"), ("cx", "60"), ("cy", "60"), ("r", "52"), ("transform", "rotate(-90 60 60)"),
            ("stroke-dasharray", $"{Number(filled)} {Number(Circumference)}"));
        html.Close("circle");
        html.Element("text", Number(score), ("class", "gauge-score"), ("x", "60"), ("y", "64"), ("text-anchor", "middle"));
        html.Element("text", "out of 100", ("class", "gauge-unit"), ("x", "60"), ("y", "82"), ("text-anchor", "middle"));
        html.Close("svg");
    }

    public static void Bar(HtmlWriter html, int score)
    {
        html.Open("svg", ("class", $"bar {Band(score)}"), ("viewBox", "0 0 100 8"), ("preserveAspectRatio", "none"), ("aria-hidden", "true"));
        html.Trusted("<rect class=\"bar-track\" width=\"100\" height=\"8\" rx=\"2\"/>");
        html.Open("rect", ("class", "bar-fill"), ("width", Number(Math.Clamp(score, 0, 100))), ("height", "8"), ("rx", "2"));
        html.Close("rect");
        html.Close("svg");
    }

    private static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
