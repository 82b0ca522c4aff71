using System.Runtime.InteropServices;

namespace Backpack.Catalog.Api.Infrastructure.Data;

/// <summary>
/// Makes the embedded SQLite sleep for as long as it asks to. The bundled e_sqlite3 for Linux is built without
/// <c>usleep</c>, so every sleep SQLite takes rounds up to a whole second: a reader whose snapshot keeps moving under
/// concurrent commits retries, and from its sixth try pauses for one microsecond, which became a 1 s stall holding
/// the request (api-docs/performance.md). This registers, as the default, a copy of the unix VFS whose xSleep
/// sleeps the microseconds asked for; everything else is the unix VFS's own. Connections opened after it use it.
/// </summary>
internal static class SqliteSleep
{
    public const string VfsName = "unix-microsleep";

    // sqlite3_vfs (version 3) on a 64-bit platform: 3 ints padded to 16 bytes, then 19 pointers: pNext, zName, pAppData,
    // 9 more functions, xSleep (the 13th), and 6 after it.
    private const int VfsSize = 16 + (19 * 8);
    private const int NameOffset = 24;
    private const int NextOffset = 16;
    private const int SleepOffset = 112;

    private static readonly SleepFunction Sleep = SleepMicroseconds;
    private static readonly Lock Gate = new();

    private static IntPtr s_vfs;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int SleepFunction(IntPtr vfs, int microseconds);

    /// <summary>Installs the VFS once; true when it is the default, false where it does not apply (not 64-bit Linux).</summary>
    public static bool Install()
    {
        if (!OperatingSystem.IsLinux() || IntPtr.Size != 8)
        {
            return false;
        }

        lock (Gate)
        {
            if (s_vfs != IntPtr.Zero)
            {
                return true;
            }

            var unix = NativeMethods.sqlite3_vfs_find(IntPtr.Zero);
            if (unix == IntPtr.Zero || Marshal.ReadInt32(unix) < 3)
            {
                return false;
            }

            var copy = Marshal.AllocHGlobal(VfsSize);
            var bytes = new byte[VfsSize];
            Marshal.Copy(unix, bytes, 0, VfsSize);
            Marshal.Copy(bytes, 0, copy, VfsSize);
            Marshal.WriteIntPtr(copy, NextOffset, IntPtr.Zero);
            Marshal.WriteIntPtr(copy, NameOffset, Marshal.StringToHGlobalAnsi(VfsName));
            Marshal.WriteIntPtr(copy, SleepOffset, Marshal.GetFunctionPointerForDelegate(Sleep));
            if (NativeMethods.sqlite3_vfs_register(copy, 1) != 0)
            {
                return false;
            }

            s_vfs = copy;
            return true;
        }
    }

    /// <summary>The name of the VFS new connections use.</summary>
    public static string? DefaultVfsName()
    {
        var vfs = NativeMethods.sqlite3_vfs_find(IntPtr.Zero);
        return vfs == IntPtr.Zero ? null : Marshal.PtrToStringAnsi(Marshal.ReadIntPtr(vfs, NameOffset));
    }

    /// <summary>Calls the default VFS's xSleep, as SQLite would.</summary>
    public static int SleepThroughDefaultVfs(int microseconds)
    {
        var vfs = NativeMethods.sqlite3_vfs_find(IntPtr.Zero);
        var sleep = Marshal.GetDelegateForFunctionPointer<SleepFunction>(Marshal.ReadIntPtr(vfs, SleepOffset));
        return sleep(vfs, microseconds);
    }

    // Rounded up to whole milliseconds, as usleep rounds up to the timer: rounding down would make SQLite's shortest
    // pauses (1 to 999 µs) no pause at all, and its bounded retries could run out while another connection still commits.
    private static int SleepMicroseconds(IntPtr vfs, int microseconds)
    {
        var milliseconds = (Math.Max(0, microseconds) + 999) / 1000;
        Thread.Sleep(milliseconds);
        return milliseconds * 1000;
    }

    private static class NativeMethods
    {
        [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]
        public static extern IntPtr sqlite3_vfs_find(IntPtr name);

        [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]
        public static extern int sqlite3_vfs_register(IntPtr vfs, int makeDefault);
    }
}
