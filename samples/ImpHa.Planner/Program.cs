using System.Globalization;
using ImpHa.Planner.Cli;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
return PlannerCommandLine.Run(args, Console.Out, Console.Error);
