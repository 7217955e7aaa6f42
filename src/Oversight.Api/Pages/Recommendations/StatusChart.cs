using System.Globalization;
using System.Security;
using System.Text;
using Oversight.Recommendations;
using Oversight.Recommendations.Register;

namespace Oversight.Pages.Recommendations;

/// <summary>A series of the chart: the statuses it adds up, its colour (colour-blind safe) and a pattern that tells it apart in black and white.</summary>
public sealed record ChartSeries(string Key, string Label, RecommendationStatus[] Statuses, string Colour, string Ink);

/// <summary>
/// The scoreboard's chart, drawn on the server as SVG (no script, nothing on hover only): a stacked bar per month-end with the value of
/// every segment and the total written on it, the overdue count as a line with its values, a y axis with gridlines and an x axis of months.
/// </summary>
public sealed class StatusChart(IReadOnlyList<MonthStatus> months)
{
    public static readonly IReadOnlyList<ChartSeries> Series =
    [
        new("doing", "Đang thực hiện", [RecommendationStatus.Issued, RecommendationStatus.Acknowledged, RecommendationStatus.InProgress], "#0072B2", "#fff"),
        new("partly", "Giải quyết một phần", [RecommendationStatus.PartlyResolved], "#E69F00", "#000"),
        new("waiting", "Chờ xác minh, xem xét", [RecommendationStatus.ReportedDone, RecommendationStatus.ExplanationSubmitted], "#56B4E9", "#000"),
        new("resolved", "Đã giải quyết", [RecommendationStatus.Resolved, RecommendationStatus.Explained], "#009E73", "#fff"),
        new("closed", "Đã đóng", [RecommendationStatus.Closed], "#6E6E6E", "#fff"),
    ];

    public const string OverdueColour = "#D55E00";

    const int Slot = 31, Bar = 22, Left = 46, Right = 14, Top = 22, Bottom = 44, PlotHeight = 220;

    public IReadOnlyList<MonthStatus> Months => months;

    public static int Count(MonthStatus month, ChartSeries series) => series.Statuses.Sum(status => month.Counts.GetValueOrDefault(status));

    public static string MonthLabel(MonthStatus month) => $"{month.Month}/{month.Year % 100:00}";

    public int Width => Left + Right + Math.Max(months.Count, 6) * Slot;

    public int Height => Top + PlotHeight + Bottom;

    /// <summary>The pattern of a series, for the chart and the legend's swatches (url(#chart-…)).</summary>
    public static string Fill(ChartSeries series) => $"url(#chart-{series.Key})";

    public string Svg()
    {
        var (max, step) = Scale(months.Count == 0 ? 0 : months.Max(month => month.Counts.Values.Sum()));
        double Y(double value) => Top + PlotHeight - PlotHeight * value / max;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg id=\"status-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-labelledby=\"chart-title\" font-family=\"Liberation Sans, Arial, sans-serif\" font-size=\"11\">"));
        svg.Append("<title id=\"chart-title\">Số kiến nghị theo trạng thái ở cuối mỗi tháng, và số kiến nghị quá hạn; số liệu ở bảng bên cạnh</title>");
        svg.Append(Patterns());

        // The y axis: gridlines and their values, then its title.
        for (var tick = 0; tick <= max; tick += step)
        {
            var y = Y(tick);
            svg.Append(Invariant($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"{(tick == 0 ? "#1d2433" : "#d9dee8")}\" stroke-width=\"1\"/>"));
            svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" fill=\"#1d2433\">{tick}</text>"));
        }

        svg.Append(Invariant($"<line x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Top + PlotHeight}\" stroke=\"#1d2433\"/>"));
        svg.Append(Invariant($"<text transform=\"translate(12 {Top + PlotHeight / 2}) rotate(-90)\" text-anchor=\"middle\" fill=\"#1d2433\">Số kiến nghị</text>"));
        svg.Append(Invariant($"<text x=\"{Left + (Width - Left - Right) / 2}\" y=\"{Height - 4}\" text-anchor=\"middle\" fill=\"#1d2433\">Cuối tháng (tháng/năm)</text>"));

        // Each overdue value goes above its marker, or below it where the bar's total is written.
        var overdue = new List<(double X, double Y, int Value, bool Below)>();
        for (var index = 0; index < months.Count; index++)
        {
            var month = months[index];
            var x = Left + index * Slot + (Slot - Bar) / 2.0;
            var centre = x + Bar / 2.0;
            var stacked = 0;
            foreach (var series in Series)
            {
                var count = Count(month, series);
                if (count == 0)
                {
                    continue;
                }

                var top = Y(stacked + count);
                var height = Y(stacked) - top;
                svg.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"{top:0.#}\" width=\"{Bar}\" height=\"{height:0.#}\" fill=\"{Fill(series)}\" stroke=\"#fff\" stroke-width=\"0.5\"><title>{Escape($"{MonthLabel(month)} · {series.Label}: {count}")}</title></rect>"));
                if (height >= 14)
                {
                    svg.Append(Invariant($"<text x=\"{centre:0.#}\" y=\"{top + height / 2 + 4:0.#}\" text-anchor=\"middle\" fill=\"#000\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{count}</text>"));
                }

                stacked += count;
            }

            svg.Append(Invariant($"<text x=\"{centre:0.#}\" y=\"{Y(stacked) - 5:0.#}\" text-anchor=\"middle\" font-weight=\"700\" fill=\"#1d2433\">{stacked}</text>"));
            svg.Append(Invariant($"<text x=\"{centre:0.#}\" y=\"{Top + PlotHeight + 16}\" text-anchor=\"middle\" fill=\"#1d2433\">{MonthLabel(month)}</text>"));
            overdue.Add((centre, Y(month.Overdue), month.Overdue, Math.Abs(Y(month.Overdue) - Y(stacked)) < 16));
        }

        // The overdue series over the bars: a dashed line, square markers, each value beside its marker.
        if (overdue.Count > 0)
        {
            svg.Append(Invariant($"<polyline fill=\"none\" stroke=\"{OverdueColour}\" stroke-width=\"2.5\" stroke-dasharray=\"6 3\" points=\"{string.Join(' ', overdue.Select(point => Invariant($"{point.X:0.#},{point.Y:0.#}")))}\"/>"));
            foreach (var (x, y, value, below) in overdue)
            {
                svg.Append(Invariant($"<rect x=\"{x - 4:0.#}\" y=\"{y - 4:0.#}\" width=\"8\" height=\"8\" fill=\"{OverdueColour}\" stroke=\"#fff\" stroke-width=\"1\"><title>{Escape($"Quá hạn: {value}")}</title></rect>"));
                if (value > 0)
                {
                    svg.Append(Invariant($"<text x=\"{x + 7:0.#}\" y=\"{(below ? y + 15 : y - 6):0.#}\" font-weight=\"700\" fill=\"{OverdueColour}\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{value}</text>"));
                }
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The patterns: solid, diagonal hatching, dots, horizontal lines and cross-hatching, each over the series' colour.</summary>
    public static string Patterns()
    {
        var defs = new StringBuilder("<defs>");
        string[] marks =
        [
            "",
            "<path d=\"M0 8 L8 0 M-2 2 L2 -2 M6 10 L10 6\" stroke=\"#000\" stroke-opacity=\"0.55\" stroke-width=\"1.5\"/>",
            "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#000\" fill-opacity=\"0.55\"/>",
            "<path d=\"M0 2 H8 M0 6 H8\" stroke=\"#fff\" stroke-opacity=\"0.7\" stroke-width=\"1.2\"/>",
            "<path d=\"M0 0 L8 8 M8 0 L0 8\" stroke=\"#fff\" stroke-opacity=\"0.7\" stroke-width=\"1.2\"/>",
        ];
        foreach (var (series, index) in Series.Select((series, index) => (series, index)))
        {
            defs.Append(Invariant($"<pattern id=\"chart-{series.Key}\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"{series.Colour}\"/>{marks[index]}</pattern>"));
        }

        return defs.Append("</defs>").ToString();
    }

    /// <summary>A round top for the y axis and a step giving four to six gridlines.</summary>
    static (int Max, int Step) Scale(int largest)
    {
        if (largest <= 5)
        {
            return (5, 1);
        }

        var rough = largest / 5.0;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = (int)(new[] { 1, 2, 5, 10 }.Select(factor => factor * magnitude).First(candidate => candidate >= rough));
        return ((int)Math.Ceiling((double)largest / step) * step, step);
    }

    static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    static string Escape(string text) => SecurityElement.Escape(text);
}
