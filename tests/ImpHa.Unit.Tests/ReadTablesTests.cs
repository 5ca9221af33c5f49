using ImpHa.Core.Model;
using ImpHa.Core.Validate;
using ImpHa.Testing;
using Xunit;

namespace ImpHa.Unit.Tests;

/// <summary>Runs alone: other tests run the generator, which adds entries to the same process-wide cache.</summary>
[CollectionDefinition(nameof(ReadTablesTests), DisableParallelization = true)]
public class ReadTablesCollection;

/// <summary>The analyzer finds the generator's table models only for exactly the same text and role.</summary>
[Collection(nameof(ReadTablesTests))]
public class ReadTablesTests
{
    [Fact]
    public void A_model_is_found_by_role_and_exact_text_only()
    {
        var text = TestData.ReadAllText(TableFileNames.HardwareProfiles);
        var file = new TableFile(TableRole.HardwareProfiles, "/data/" + TableFileNames.HardwareProfiles, text);
        var model = HardwareProfileReader.Read(file).Model;
        Assert.NotNull(model);

        ReadTables.Remember(file, model);

        Assert.Same(model, ReadTables.Find<HardwareProfileTable>(TableRole.HardwareProfiles, text));
        Assert.Null(ReadTables.Find<HardwareProfileTable>(TableRole.HardwareProfiles, text + "\n"));
        Assert.Null(ReadTables.Find<HardwareProfileTable>(TableRole.LoginProfiles, text));
        Assert.Null(ReadTables.Find<LoginProfileTable>(TableRole.HardwareProfiles, text));
    }

    [Fact]
    public void It_keeps_a_few_entries_and_forgets_the_oldest()
    {
        var first = new TableFile(TableRole.XmppStandards, "/x.csv", "identifier,number,title\nRFC 1,1,First " + Guid.NewGuid());
        var model = XmppStandardReader.Read(first).Model;
        Assert.NotNull(model);
        ReadTables.Remember(first, model);
        for (var i = 0; i < 8; i++)
        {
            var other = new TableFile(TableRole.XmppStandards, "/x.csv", $"identifier,number,title\nRFC {i + 2},{i + 2},Other {Guid.NewGuid()}");
            ReadTables.Remember(other, XmppStandardReader.Read(other).Model);
        }

        Assert.Null(ReadTables.Find<XmppStandardTable>(TableRole.XmppStandards, first.Text));
    }

    [Fact]
    public void It_finds_each_of_its_last_eight_entries_and_a_table_remembered_again_or_without_a_model_takes_no_place()
    {
        var files = Enumerable.Range(0, 8).Select(i => new TableFile(TableRole.XmppStandards, "/x.csv", $"identifier,number,title\nRFC {i + 1},{i + 1},Kept {Guid.NewGuid()}")).ToList();
        var models = files.Select(f => XmppStandardReader.Read(f).Model!).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            ReadTables.Remember(files[i], models[i]);
        }

        // Twice over: whichever slot an entry sits in, remembering it again must not push another out.
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < files.Count; i++)
            {
                ReadTables.Remember(files[i], models[i]);
            }
        }

        ReadTables.Remember(new TableFile(TableRole.XmppStandards, "/x.csv", "broken " + Guid.NewGuid()), null);

        for (var i = 0; i < files.Count; i++)
        {
            Assert.Same(models[i], ReadTables.Find<XmppStandardTable>(TableRole.XmppStandards, files[i].Text));
        }
    }
}
