using ImpHa.Analyzers.Settings;

namespace ImpHa.Analyzers.Analysis.Writes.Files;

/// <summary>The limits a checked file writes, the file read as one block.</summary>
internal static class FileWrites
{
    public static BlockWrites Read(CheckedFileContent content, LimitLabels labels)
    {
        var writes = new BlockWrites();
        foreach (var items in content.Lists)
        {
            foreach (var write in LimitWrites.Find(items, labels))
            {
                writes.AddLimit(write);
            }

            foreach (var write in LabelKeys.Find(items, labels))
            {
                writes.AddLimit(write);
            }
        }

        return writes;
    }
}
