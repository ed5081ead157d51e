using System.Security.Cryptography;
using System.Text;

namespace ProdReady.Reporting.Html;

/// <summary>The page's only stylesheet and script, and the content security policy that allows exactly these two by
/// hash and nothing from the network.</summary>
internal static class HtmlAssets
{
    public const string Style = """

        :root { color-scheme: light; --ink: #1d2433; --muted: #5b6475; --line: #d9dee7; --panel: #f6f8fb;
          --critical: #a4161a; --high: #d9480f; --medium: #b7791f; --low: #2b6cb0; --info: #5b6475;
          --good: #2f855a; --fair: #c07b12; --poor: #c53030; }
        * { box-sizing: border-box; }
        [hidden] { display: none !important; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
        header, main, footer { max-width: 1040px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 28px; border-bottom: 1px solid var(--line); }
        header h1 { margin: 0 0 4px; font-size: 26px; }
        header p { margin: 0 0 16px; color: var(--muted); }
        h2 { margin: 36px 0 12px; font-size: 20px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; }
        h3 { margin: 0 0 6px; font-size: 16px; }
        code, pre { font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
        pre { margin: 8px 0; padding: 10px 12px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; white-space: pre-wrap; overflow-wrap: anywhere; }
        table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; }
        th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: middle; }
        th { background: var(--panel); font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
        .muted { color: var(--muted); }
        .summary { display: flex; gap: 28px; align-items: center; margin-top: 24px; padding: 20px; background: var(--panel); border: 1px solid var(--line); border-radius: 10px; }
        .summary-text { flex: 1; }
        .verdict { display: inline-block; padding: 4px 14px; border-radius: 999px; color: #fff; font-weight: 700; font-size: 18px; letter-spacing: .02em; }
        .verdict-not-ready { background: var(--poor); }
        .verdict-ready-after-fixes { background: var(--fair); }
        .verdict-ready { background: var(--good); }
        .reason { font-size: 17px; margin: 10px 0; }
        .facts { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 6px 24px; color: var(--muted); }
        .gauge { width: 150px; height: 150px; flex: none; }
        .gauge-track { fill: none; stroke: var(--line); stroke-width: 12; }
        .gauge-value { fill: none; stroke-width: 12; stroke-linecap: round; }
        .gauge-score { font-size: 34px; font-weight: 700; fill: var(--ink); }
        .gauge-unit { font-size: 11px; fill: var(--muted); }
        .band-good .gauge-value, .band-good .bar-fill { stroke: var(--good); fill: var(--good); }
        .band-fair .gauge-value, .band-fair .bar-fill { stroke: var(--fair); fill: var(--fair); }
        .band-poor .gauge-value, .band-poor .bar-fill { stroke: var(--poor); fill: var(--poor); }
        .band-good .gauge-value, .band-fair .gauge-value, .band-poor .gauge-value { fill: none; }
        .bar { width: 100%; height: 10px; display: block; }
        .bar-track { fill: var(--line); }
        td.bar-cell { width: 45%; }
        .na { color: var(--muted); font-style: italic; }
        .incomplete { margin-top: 20px; padding: 12px 16px; border: 2px solid var(--poor); border-radius: 8px; background: #fff5f5; }
        .badge { display: inline-block; min-width: 68px; text-align: center; padding: 1px 8px; border-radius: 4px; color: #fff; font-size: 12px; font-weight: 700; text-transform: uppercase; vertical-align: 2px; }
        .sev-critical { background: var(--critical); }
        .sev-high { background: var(--high); }
        .sev-medium { background: var(--medium); }
        .sev-low { background: var(--low); }
        .sev-info { background: var(--info); }
        .filters { display: flex; flex-wrap: wrap; gap: 12px 24px; align-items: flex-end; padding: 12px 16px; margin: 0 0 8px; border: 1px solid var(--line); border-radius: 8px; background: var(--panel); }
        .filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 14px; }
        .filters legend, .filters .field { font-weight: 600; font-size: 13px; }
        .filters select { display: block; margin-top: 2px; font: inherit; font-weight: 400; max-width: 320px; }
        .shown { color: var(--muted); margin: 4px 0 12px; }
        .finding { border: 1px solid var(--line); border-left: 6px solid var(--info); border-radius: 8px; padding: 14px 18px; margin: 0 0 14px; break-inside: avoid; }
        .finding.sev-critical { border-left-color: var(--critical); background: #fff; }
        .finding.sev-high { border-left-color: var(--high); background: #fff; }
        .finding.sev-medium { border-left-color: var(--medium); background: #fff; }
        .finding.sev-low { border-left-color: var(--low); background: #fff; }
        .finding.sev-info { border-left-color: var(--info); background: #fff; }
        .rule { font-family: ui-monospace, Menlo, Consolas, monospace; color: var(--muted); }
        .location { margin: 0 0 6px; color: var(--muted); }
        .details { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; margin: 8px 0 0; }
        .details dt { font-weight: 600; }
        .details dd { margin: 0; }
        ul.plain { padding-left: 20px; }
        ul.plain li { margin: 4px 0; }
        details { margin: 8px 0; }
        summary { cursor: pointer; font-weight: 600; }
        footer { margin-top: 40px; padding: 16px 24px 32px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; }
        @media print {
          body { font-size: 11pt; }
          header, main, footer { max-width: none; padding: 0; }
          .filters, .shown { display: none !important; }
          h2 { break-after: avoid; }
          .summary, .finding, tr { break-inside: avoid; }
          .verdict, .badge, .bar-fill, .gauge-value { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          a { color: inherit; text-decoration: none; }
        }

        """;

    // Reads only the DOM: filter choices and each finding's data-* attributes, and writes only hidden flags and a count.
    public const string Script = """

        (function () {
          'use strict';
          var form = document.getElementById('filters');
          var shown = document.getElementById('shown');
          if (!form || !shown) { return; }
          var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
          var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="severity"]'));
          var area = form.querySelector('select[name="area"]');
          var file = form.querySelector('select[name="file"]');
          function apply() {
            var wanted = {};
            boxes.forEach(function (box) { wanted[box.value] = box.checked; });
            var count = 0;
            findings.forEach(function (finding) {
              var visible = wanted[finding.dataset.severity] === true
                && (area.value === '' || finding.dataset.area === area.value)
                && (file.value === '' || finding.dataset.file === file.value);
              finding.hidden = !visible;
              if (visible) { count += 1; }
            });
            shown.textContent = 'Showing ' + count + ' of ' + findings.length + (findings.length === 1 ? ' finding' : ' findings');
          }
          form.addEventListener('change', apply);
          form.addEventListener('submit', function (event) { event.preventDefault(); });
          form.hidden = false;
          shown.hidden = false;
          apply();
        }());

        """;

    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; script-src {Hash(Script)}; style-src {Hash(Style)}; img-src 'none'; font-src 'none'; "
        + "connect-src 'none'; base-uri 'none'; form-action 'none'";

    private static string Hash(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";
}
