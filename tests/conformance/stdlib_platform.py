# platform: the machine's values are compared with os.uname(), not printed
# (the test runs on other machines too).
import os
import platform
import sys

u = os.uname()
print(type(u).__name__, len(u), u.sysname == u[0], repr(u).startswith("posix.uname_result(sysname="))
p = platform.uname()
print(type(p).__name__, len(p), tuple(p)[:5] == tuple(u), p.processor == p[5], p._fields)
print(platform.system() == u.sysname, platform.node() == u.nodename, platform.release() == u.release,
      platform.version() == u.version, platform.machine() == u.machine, platform.processor())
print(platform.architecture(), platform.libc_ver()[0], platform.libc_ver()[1].count(".") == 1)
print(platform.platform() == "-".join([u.sysname, u.release, u.machine, "with", "".join(platform.libc_ver())]).replace(" ", "_"))
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3], len(platform.python_version_tuple()))
print(platform.mac_ver(), platform.win32_ver(), platform.java_ver()[0] == "")
info = platform.freedesktop_os_release()
print(sorted(k for k in ("NAME", "ID") if k in info))
