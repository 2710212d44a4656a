#!/usr/bin/env python3
"""Fills a questionnaire workbook in a running LibreOffice Calc, as a supplier would, and saves it as .xlsx.

Usage: fill.py PIPE JOB.json
  PIPE      the name of the UNO pipe soffice was started with (--accept=pipe,name=PIPE;urp;)
  JOB.json  {"input": path, "output": path, "edits": [edit, ...]}
  edit      {"sheet": name, "cell": "D2", "pick": 1}        choose the 2nd entry of the cell's dropdown
            {"sheet": name, "cell": "E2", "type": "text"}   type into the cell (a number typed stays a number)
            {"sheet": name, "cell": "E2", "text": "text"}   paste text as text (line breaks kept)
            {"sheet": name, "unprotect": true}              remove the sheet's protection (no password)

Prints JSON, what LibreOffice saw of the file it opened: {"dropdowns": {"D2": ["Yes", ...]} (of the cells
picked from), "protected": {sheet: bool}, "visible": {sheet: bool}, "structureProtected": bool}. Exit code 2 with a message on stderr when an edit cannot be done (no dropdown, locked cell).
"""
import json
import re
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.sheet.ValidationType import LIST


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, patience=60.0):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + patience
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def dropdown(cell):
    """The entries of a list validation typed into the rule, e.g. "Yes";"No" -> ["Yes", "No"]."""
    validation = cell.getPropertyValue("Validation")
    if validation.Type != LIST:
        return None
    return [m.replace('""', '"') for m in re.findall(r'"((?:[^"]|"")*)"', validation.getFormula1())]


def type_into(dispatcher, controller, sheet, cell, text):
    """Types as the user does (.uno:EnterString is what the input line sends), so Calc's own input parsing runs."""
    controller.setActiveSheet(sheet)
    controller.select(cell)
    dispatcher.executeDispatch(controller.getFrame(), ".uno:EnterString", "", 0, (prop("StringName", text),))


def main(pipe, job_path):
    with open(job_path, encoding="utf-8") as f:
        job = json.load(f)
    context = connect(pipe)
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    dispatcher = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(job["input"]), "_blank", 0, (prop("Hidden", True),))
    try:
        controller = doc.getCurrentController()
        sheets = doc.getSheets()
        seen = {
            "dropdowns": {},
            "protected": {n: sheets.getByName(n).isProtected() for n in sheets.getElementNames()},
            "visible": {n: sheets.getByName(n).IsVisible for n in sheets.getElementNames()},
            "structureProtected": doc.isProtected(),
        }
        for edit in job["edits"]:
            sheet = sheets.getByName(edit["sheet"])
            if edit.get("unprotect"):
                sheet.unprotect("")
                continue
            cell = sheet.getCellRangeByName(edit["cell"])
            if sheet.isProtected() and cell.getPropertyValue("CellProtection").IsLocked:
                print(f"{edit['sheet']}!{edit['cell']} is locked", file=sys.stderr)
                return 2
            if "pick" in edit:
                entries = dropdown(cell)
                if not entries:
                    print(f"{edit['sheet']}!{edit['cell']} has no dropdown", file=sys.stderr)
                    return 2
                seen["dropdowns"][edit["cell"]] = entries
                type_into(dispatcher, controller, sheet, cell, entries[edit["pick"]])
            elif "type" in edit:
                type_into(dispatcher, controller, sheet, cell, edit["type"])
            else:
                cell.setString(edit["text"])
        doc.storeToURL(uno.systemPathToFileUrl(job["output"]), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    finally:
        doc.close(True)
    json.dump(seen, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
