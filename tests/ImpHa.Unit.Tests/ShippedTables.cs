using ImpHa.Core.Model;
using ImpHa.Core.Validate;
using ImpHa.Testing;

namespace ImpHa.Unit.Tests;

/// <summary>The shipped tables read through the components' own readers.</summary>
internal static class ShippedTables
{
    public static readonly HardwareProfileTable Hardware = HardwareProfileReader.Read(File("HardwareProfiles", TableRole.HardwareProfiles)).Model!;

    public static readonly LoginProfileTable Login = LoginProfileReader.Read(File("LoginProfiles", TableRole.LoginProfiles), Hardware).Model!;

    private static TableFile File(string role, TableRole tableRole)
    {
        var table = GeneratorHarness.DefaultTables().Single(t => t.Role == role);
        return new TableFile(tableRole, table.Path, table.Text);
    }
}
