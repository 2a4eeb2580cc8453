#!/usr/bin/python3
# Sapha tests — LibreOffice's own Accept All and Reject All on tracked changes. For each file given, writes
# beside it in OUTDIR: NAME.txt (the file as LibreOffice reads it), NAME.accepted.txt and NAME.rejected.txt
# (after accepting or rejecting every change), all through LibreOffice's plain-text export, so that a
# redline decided can be compared with the export of each version as LibreOffice reads that too.
# Usage: decide_with_office.py PROFILE_DIR OUTDIR FILE...
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(profile):
    pipe = "sapha_decide_%d" % os.getpid()
    office = subprocess.Popen(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--invisible",
                               "--norestore", "--accept=pipe,name=%s;urp;" % pipe],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            return office, context
        except Exception:
            time.sleep(0.25)
    office.kill()
    sys.exit("LibreOffice did not start")


def main():
    profile, outdir, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    office, context = connect(profile)
    try:
        manager = context.ServiceManager
        desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        dispatcher = manager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        for path in files:
            name = os.path.basename(path)
            decisions = (None, "Accept", "Reject") if ".redline." in name else (None,)
            for decision in decisions:
                url = uno.systemPathToFileUrl(os.path.abspath(path))
                document = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
                if document is None:
                    sys.exit("LibreOffice could not open " + path)
                suffix = ".txt"
                if decision:
                    frame = document.getCurrentController().getFrame()
                    dispatcher.executeDispatch(frame, ".uno:%sAllTrackedChanges" % decision, "", 0, ())
                    suffix = ".accepted.txt" if decision == "Accept" else ".rejected.txt"
                target = uno.systemPathToFileUrl(os.path.join(os.path.abspath(outdir), name + suffix))
                document.storeToURL(target, (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF")))
                document.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        office.wait(timeout=60)


main()
