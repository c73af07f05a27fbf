<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Agenda</name>
    <message>
        <source>0 means things are so unsafe that the children cannot stay at home, or going to court is being considered.</source>
        <translation type="unfinished">Mae 0 yn golygu bod pethau mor anniogel na all y plant aros gartref, neu fod mynd i'r llys yn cael ei ystyried.</translation>
    </message>
    <message>
        <source>10 means everyone agrees the children are safe enough for the child protection plan to end.</source>
        <translation type="unfinished">Mae 10 yn golygu bod pawb yn cytuno bod y plant yn ddigon diogel i'r cynllun amddiffyn plant ddod i ben.</translation>
    </message>
    <message>
        <source>Overall safety</source>
        <translation type="unfinished">Diogelwch cyffredinol</translation>
    </message>
</context>
</TS>
