using System.Runtime.InteropServices;
using Benchmarking.Engine.Store.ClickHouse;

namespace Benchmarking.Engine.Tests.Store.ClickHouse;

/// <summary>
/// Current ClickHouse in-process: chDB's <c>libchdb.so</c> (npm <c>@chdb/lib-linux-x64-gnu</c>, Apache-2.0), named by
/// <c>CAREBENCH_TEST_CHDB</c>, through its C API (<c>chdb_connect</c>, <c>chdb_query</c>). Used only to check that the
/// backend's SQL also runs, with the same answers, on a current server.
/// </summary>
internal sealed unsafe class ChDb : IDisposable
{
    public const string Variable = "CAREBENCH_TEST_CHDB";

    private readonly nint library;
    private readonly delegate* unmanaged<int, byte**, nint*> connect;
    private readonly delegate* unmanaged<nint*, void> close;
    private readonly delegate* unmanaged<nint, byte*, byte*, nint> query;
    private readonly delegate* unmanaged<nint, byte*> buffer;
    private readonly delegate* unmanaged<nint, nuint> length;
    private readonly delegate* unmanaged<nint, byte*> error;
    private readonly delegate* unmanaged<nint, void> destroy;
    private readonly nint* connection;

    public ChDb(string libraryPath, string dataPath)
    {
        library = NativeLibrary.Load(libraryPath);
        connect = (delegate* unmanaged<int, byte**, nint*>)NativeLibrary.GetExport(library, "chdb_connect");
        close = (delegate* unmanaged<nint*, void>)NativeLibrary.GetExport(library, "chdb_close_conn");
        query = (delegate* unmanaged<nint, byte*, byte*, nint>)NativeLibrary.GetExport(library, "chdb_query");
        buffer = (delegate* unmanaged<nint, byte*>)NativeLibrary.GetExport(library, "chdb_result_buffer");
        length = (delegate* unmanaged<nint, nuint>)NativeLibrary.GetExport(library, "chdb_result_length");
        error = (delegate* unmanaged<nint, byte*>)NativeLibrary.GetExport(library, "chdb_result_error");
        destroy = (delegate* unmanaged<nint, void>)NativeLibrary.GetExport(library, "chdb_destroy_query_result");
        var args = new[] { "clickhouse", "--path=" + dataPath }.Select(a => Marshal.StringToCoTaskMemUTF8(a)).ToArray();
        try
        {
            fixed (nint* argv = args)
            {
                connection = connect(args.Length, (byte**)argv);
            }
        }
        finally
        {
            foreach (var a in args)
            {
                Marshal.FreeCoTaskMem(a);
            }
        }

        if (connection is null)
        {
            throw new InvalidOperationException("chdb_connect failed.");
        }
    }

    /// <summary>Runs a statement; returns its rows (header skipped) or throws with chDB's error.</summary>
    public List<string[]> Query(string sql)
    {
        var sqlBytes = Marshal.StringToCoTaskMemUTF8(sql);
        var format = Marshal.StringToCoTaskMemUTF8("TabSeparatedWithNames");
        try
        {
            var result = query(*connection, (byte*)sqlBytes, (byte*)format);
            try
            {
                var message = error(result);
                if (message is not null)
                {
                    throw new InvalidOperationException("chDB: " + Marshal.PtrToStringUTF8((nint)message));
                }

                var text = buffer(result) is var b && b is null ? string.Empty : Marshal.PtrToStringUTF8((nint)b, checked((int)length(result)));
                return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Tsv.SplitRow)];
            }
            finally
            {
                destroy(result);
            }
        }
        finally
        {
            Marshal.FreeCoTaskMem(sqlBytes);
            Marshal.FreeCoTaskMem(format);
        }
    }

    public void Dispose()
    {
        close(connection);
    }
}
