<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">Cadw'r cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">Ie i'r c&amp;yfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">Na i'r cyf&amp;an</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">Rhoi'r gorau iddi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">Ceisio eto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">Taflu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">Rhoi ar waith</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">Adfer y rhagosodiadau</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation type="unfinished">Peidio â chadw</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished">Cau heb gadw</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished">&amp;Iawn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">C&amp;anslo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">Ca&amp;u</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished">Cau heb gadw</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">Dewis y cyfan</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">Copïo lleoliad y &amp;ddolen</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished">Dangos y manylion...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished">Cuddio'r manylion...</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">Iawn</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Open</source>
        <translation type="unfinished">Agor</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished">Cadw fel</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation type="unfinished">Edrych yn:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished">&amp;Enw'r ffeil:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished">Ffeiliau o'r math:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished">Ffolder:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished">Pob ffeil (*)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished">Ffolder newydd</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished">Ffolder &amp;newydd</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished">Creu ffolder newydd</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished">Ymlaen</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished">Ffolder uwch</translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished">Golwg rhestr</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished">Golwg manylion</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;Dileu</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished">&amp;Ailenwi</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished">Dangos ffeiliau &amp;cudd</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished">Ffolderi</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation type="unfinished">Dod o hyd i ffolder</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished">Lleoedd diweddar</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished">Fy nghyfrifiadur</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished">Mae %1 yn bodoli'n barod.
Ydych chi am roi un newydd yn ei le?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Math</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished">Dyddiad newid</translation>
    </message>
</context>
</TS>
