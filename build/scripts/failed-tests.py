#!/usr/bin/env python3
"""Prints each failed test of the given .trx files with the first lines of its message and stack.

test.sh calls this last, so a CI log cut to its final lines still says what broke and why.
"""
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
MESSAGE_LINES = 8
STACK_LINES = 4

for path in sys.argv[1:]:
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult[@outcome='Failed']", NS):
        print(f"Failed: {result.get('testName')} ({result.get('duration')})")
        message = result.findtext("t:Output/t:ErrorInfo/t:Message", "", NS).strip().splitlines()
        stack = result.findtext("t:Output/t:ErrorInfo/t:StackTrace", "", NS).strip().splitlines()
        for line in message[:MESSAGE_LINES] + stack[:STACK_LINES]:
            print(f"    {line.rstrip()[:300]}")
