using System.Globalization;
using ImpHa.Planner.Limits;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Annotations;
using OxyPlot.Series;

namespace ImpHa.Planner.Charts;

/// <summary>
/// The Client Re-Login Upper Limit against active users for one table: Cisco's rows, the round-up steps between them,
/// the cluster's point, and the next larger profile for comparison. OxyPlot.Core's SVG exporter is managed code only,
/// so this runs on any machine the tool runs on (ScottPlot 5 depends on SkiaSharp and HarfBuzz with their native assets).
/// </summary>
internal static class UpperLimitChart
{
    public const int Width = 900;
    public const int Height = 540;

    public static PlotModel Create(LimitsAnswer answer)
    {
        var request = answer.Request;
        var delay = request.DelaySeconds;
        var usersAxis = request.Deployment == HaDeployment.ActiveActive ? "active users on the busiest node" : "active users of the redundancy group";
        var model = new PlotModel
        {
            Title = $"{HardwareProfiles.GetName(request.Profile)}, {Names.Deployment(request.Deployment)}: {ServerRecoveryManagerParameters.ClientReLoginUpperLimit}",
            Subtitle = $"dots: Cisco's rows; steps: a user count between two rows takes the next row up; Critical Service Down Delay {Invariant(delay)} s",
            Background = OxyColors.White,
            // The exporter measures text without the viewer's font (OxyPlot.Core has only its PDF context to measure with): a
            // common font, and names on the lines rather than in a legend box, which a wider fallback font overflowed.
            DefaultFont = "Arial",
            TitleFontSize = 16,
            Padding = new OxyThickness(8, 16, 24, 8),
        };
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = usersAxis, Minimum = 0, MajorGridlineStyle = LineStyle.Dot, StringFormat = "0" });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "upper limit (s)", MajorGridlineStyle = LineStyle.Dot, StringFormat = "0", MaximumPadding = 0.08 });

        if (TableRows.NextLarger(request.Profile) is HardwareProfile larger)
        {
            var largerRows = TableRows.Of(larger, request.Deployment, delay);
            model.Series.Add(Steps(largerRows, $"{HardwareProfiles.GetName(larger)} (next larger)", OxyColors.Gray, LineStyle.Dash));
            model.Annotations.Add(Label(largerRows[^1], $"{HardwareProfiles.GetName(larger)} (next larger profile)", OxyColors.Gray, HorizontalAlignment.Right));
        }

        var rows = TableRows.Of(request.Profile, request.Deployment, delay);
        model.Series.Add(Steps(rows, "upper limit used (round up)", OxyColors.SteelBlue, LineStyle.Solid));
        var cisco = new ScatterSeries { Title = "Cisco's rows", MarkerType = MarkerType.Circle, MarkerSize = 3.5, MarkerFill = OxyColors.SteelBlue };
        cisco.Points.AddRange(rows.Select(r => new ScatterPoint(r.TableActiveUsers, r.UpperLimit)));
        model.Series.Add(cisco);
        model.Annotations.Add(Label(rows[^1], HardwareProfiles.GetName(request.Profile), OxyColors.SteelBlue, HorizontalAlignment.Right));

        var cluster = new ScatterSeries { Title = $"your cluster: {Invariant(answer.EffectiveActiveUsers)} users -> {Invariant(answer.Limits.UpperLimit)} s", MarkerType = MarkerType.Diamond, MarkerSize = 8, MarkerFill = OxyColors.OrangeRed };
        cluster.Points.Add(new ScatterPoint(answer.EffectiveActiveUsers, answer.Limits.UpperLimit));
        model.Series.Add(cluster);
        model.Annotations.Add(new TextAnnotation
        {
            Text = cluster.Title,
            TextPosition = new DataPoint(answer.EffectiveActiveUsers, answer.Limits.UpperLimit),
            TextHorizontalAlignment = HorizontalAlignment.Left,
            TextVerticalAlignment = VerticalAlignment.Top,
            Offset = new ScreenVector(10, 6),
            TextColor = OxyColors.OrangeRed,
            FontWeight = FontWeights.Bold,
            Background = OxyColor.FromAColor(230, OxyColors.White),
            Stroke = OxyColors.Transparent,
        });
        return model;
    }

    /// <summary>A name written above the end of a line, so the chart needs no legend.</summary>
    private static TextAnnotation Label(ReLoginLimits last, string text, OxyColor colour, HorizontalAlignment alignment) => new()
    {
        Text = text,
        TextPosition = new DataPoint(last.TableActiveUsers, last.UpperLimit),
        TextHorizontalAlignment = alignment,
        TextVerticalAlignment = VerticalAlignment.Bottom,
        Offset = new ScreenVector(0, -8),
        TextColor = colour,
        Stroke = OxyColors.Transparent,
    };

    /// <summary>Writes the chart as SVG; the same request gives the same bytes.</summary>
    public static void WriteSvg(LimitsAnswer answer, Stream output)
    {
        var exporter = new SvgExporter { Width = Width, Height = Height };
        exporter.Export(Create(answer), output);
    }

    /// <summary>Users from just above one row up to the next take that next row's value: a flat step ending at each row.</summary>
    private static LineSeries Steps(IReadOnlyList<ReLoginLimits> rows, string title, OxyColor colour, LineStyle style)
    {
        var series = new LineSeries { Title = title, Color = colour, LineStyle = style, StrokeThickness = 2 };
        var previous = 0;
        foreach (var row in rows)
        {
            series.Points.Add(new DataPoint(previous, row.UpperLimit));
            series.Points.Add(new DataPoint(row.TableActiveUsers, row.UpperLimit));
            previous = row.TableActiveUsers;
        }

        return series;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
