<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
  <context>
    <name>ChairGuidePanel</name>
    <message>
      <source>Guide for the chair</source>
      <translation type="unfinished">Canllaw i'r cadeirydd</translation>
    </message>
    <message>
      <source>What to ask, in this order:</source>
      <translation type="unfinished">Beth i'w ofyn, yn y drefn hon:</translation>
    </message>
    <message>
      <source>Ground rules</source>
      <translation type="unfinished">Rheolau sylfaenol</translation>
    </message>
  </context>
  <context>
    <name>PlainGuide</name>
    <message>
      <source>Plain words</source>
      <translation type="unfinished">Geiriau syml</translation>
    </message>
    <message>
      <source>Use plain words and the chair's guide for this meeting</source>
      <translation type="unfinished">Defnyddio geiriau syml a chanllaw'r cadeirydd ar gyfer y cyfarfod hwn</translation>
    </message>
    <message>
      <source>Plain words cannot be shown: {problem}</source>
      <translation type="unfinished">Does dim modd dangos geiriau syml: {problem}</translation>
    </message>
    <message>
      <source>Plain words (all meetings)</source>
      <translation type="unfinished">Geiriau syml (pob cyfarfod)</translation>
    </message>
    <message>
      <source>Plain words are on for the whole window (View menu).</source>
      <translation type="unfinished">Mae geiriau syml ymlaen ar gyfer y ffenestr gyfan (dewislen Gweld).</translation>
    </message>
    <message>
      <source>Show plain titles, plain buttons and a guide for the chair.</source>
      <translation type="unfinished">Dangos teitlau syml, botymau syml a chanllaw i'r cadeirydd.</translation>
    </message>
    <message>
      <source>Workers call this: {text}</source>
      <translation type="unfinished">Mae gweithwyr yn galw hwn: {text}</translation>
    </message>
    <message>
      <source>Workers call this step: {title}</source>
      <translation type="unfinished">Mae gweithwyr yn galw'r cam hwn: {title}</translation>
    </message>
  </context>
  <context>
    <name>RoomDisplay</name>
    <message>
      <source>Chair: room display</source>
      <translation type="unfinished">Chair: sgrin yr ystafell</translation>
    </message>
    <message>
      <source>Room display</source>
      <translation type="unfinished">Sgrin yr ystafell</translation>
    </message>
    <message>
      <source>Screen paused</source>
      <translation type="unfinished">Sgrin wedi'i hoedi</translation>
    </message>
  </context>
  <context>
    <name>RoomScreen</name>
    <message>
      <source>Show room display</source>
      <translation type="unfinished">Dangos sgrin yr ystafell</translation>
    </message>
    <message>
      <source>Show the room what is being written, in large type, on a second screen if there is one</source>
      <translation type="unfinished">Dangos i'r ystafell beth sy'n cael ei ysgrifennu, mewn print mawr, ar ail sgrin os oes un</translation>
    </message>
    <message>
      <source>Blank the room screen (Ctrl+B)</source>
      <translation type="unfinished">Gwagio sgrin yr ystafell (Ctrl+B)</translation>
    </message>
    <message>
      <source>Blank the room screen at once</source>
      <translation type="unfinished">Gwagio sgrin yr ystafell ar unwaith</translation>
    </message>
    <message>
      <source>Blank the room screen</source>
      <translation type="unfinished">Gwagio sgrin yr ystafell</translation>
    </message>
    <message>
      <source>The room display is full screen on the second screen.</source>
      <translation type="unfinished">Mae sgrin yr ystafell yn llenwi'r ail sgrin.</translation>
    </message>
    <message>
      <source>The room display opened beside this window.</source>
      <translation type="unfinished">Agorodd sgrin yr ystafell wrth ochr y ffenestr hon.</translation>
    </message>
    <message>
      <source>The room display opened behind this window, as there is one screen: switch to it with Alt+Tab, or set the projector to extend the screen and open it again to have it full screen there.</source>
      <translation type="unfinished">Agorodd sgrin yr ystafell y tu ôl i'r ffenestr hon, gan mai un sgrin sydd: ewch ati gydag Alt+Tab, neu gosodwch y taflunydd i ymestyn y sgrin a'i hagor eto er mwyn iddi lenwi'r sgrin honno.</translation>
    </message>
  </context>
  <context>
    <name>TurnPanel</name>
    <message>
      <source>{name} (for {person})</source>
      <translation type="unfinished">{name} (ar ran {person})</translation>
    </message>
    <message>
      <source>Turns</source>
      <translation type="unfinished">Tro i siarad</translation>
    </message>
    <message>
      <source>People present, in speaking order</source>
      <translation type="unfinished">Y bobl sy'n bresennol, yn nhrefn siarad</translation>
    </message>
    <message>
      <source>Give turn</source>
      <translation type="unfinished">Rhoi'r tro</translation>
    </message>
    <message>
      <source>Give the turn to the selected person</source>
      <translation type="unfinished">Rhoi'r tro i'r person a ddewiswyd</translation>
    </message>
    <message>
      <source>Pass</source>
      <translation type="unfinished">Pasio</translation>
    </message>
    <message>
      <source>The selected person passes</source>
      <translation type="unfinished">Mae'r person a ddewiswyd yn pasio</translation>
    </message>
    <message>
      <source>Next</source>
      <translation type="unfinished">Nesaf</translation>
    </message>
    <message>
      <source>Give the turn to the next person waiting</source>
      <translation type="unfinished">Rhoi'r tro i'r person nesaf sy'n aros</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation type="unfinished">Symud i fyny</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation type="unfinished">Symud i lawr</translation>
    </message>
    <message>
      <source>New round</source>
      <translation type="unfinished">Rownd newydd</translation>
    </message>
    <message>
      <source>Start a new round with everyone waiting</source>
      <translation type="unfinished">Dechrau rownd newydd gyda phawb yn aros</translation>
    </message>
    <message>
      <source>Mark them as passed</source>
      <translation type="unfinished">Nodi eu bod wedi pasio</translation>
    </message>
    <message>
      <source>Time for each speaker</source>
      <translation type="unfinished">Amser i bob siaradwr</translation>
    </message>
    <message>
      <source>{minutes} min each</source>
      <translation type="unfinished">{minutes} munud yr un</translation>
    </message>
    <message>
      <source>No time limit</source>
      <translation type="unfinished">Dim terfyn amser</translation>
    </message>
    <message>
      <source>Speaker time:</source>
      <translation type="unfinished">Amser siarad:</translation>
    </message>
    <message>
      <source>giving the turn to {name}</source>
      <translation type="unfinished">rhoi'r tro i {name}</translation>
    </message>
    <message>
      <source>Everyone has spoken or passed in this round.</source>
      <translation type="unfinished">Mae pawb wedi siarad neu basio yn y rownd hon.</translation>
    </message>
    <message>
      <source>ending the round</source>
      <translation type="unfinished">dod â'r rownd i ben</translation>
    </message>
    <message>
      <source>{names} has not spoken or passed yet. Give them the turn, or mark them as passed, before {doing}.</source>
      <translation type="unfinished">Dydy {names} ddim wedi siarad na phasio eto. Rhowch y tro iddyn nhw, neu nodwch eu bod wedi pasio, cyn {doing}.</translation>
    </message>
    <message>
      <source>{first} and {last}</source>
      <translation type="unfinished">{first} a {last}</translation>
    </message>
    <message>
      <source>{names} have not spoken or passed yet. Give them the turn, or mark them as passed, before {doing}.</source>
      <translation type="unfinished">Dydy {names} ddim wedi siarad na phasio eto. Rhowch y tro iddyn nhw, neu nodwch eu bod wedi pasio, cyn {doing}.</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation type="unfinished">Yn aros</translation>
    </message>
    <message>
      <source>Speaking now</source>
      <translation type="unfinished">Yn siarad nawr</translation>
    </message>
    <message>
      <source>Has spoken</source>
      <translation type="unfinished">Wedi siarad</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation type="unfinished">Wedi pasio</translation>
    </message>
    <message>
      <source>(next)</source>
      <translation type="unfinished">(nesaf)</translation>
    </message>
    <message>
      <source>Nobody is marked present yet. Mark people present in the introductions.</source>
      <translation type="unfinished">Does neb wedi'i nodi'n bresennol eto. Nodwch pwy sy'n bresennol yn y cyflwyniadau.</translation>
    </message>
    <message>
      <source>Speaking now: {name}.</source>
      <translation type="unfinished">Yn siarad nawr: {name}.</translation>
    </message>
    <message>
      <source>Next: {name}.</source>
      <translation type="unfinished">Nesaf: {name}.</translation>
    </message>
    <message>
      <source>Nobody else is waiting.</source>
      <translation type="unfinished">Does neb arall yn aros.</translation>
    </message>
    <message>
      <source>Nobody is speaking. Next: {name}.</source>
      <translation type="unfinished">Does neb yn siarad. Nesaf: {name}.</translation>
    </message>
    <message>
      <source>{name} has spoken for {time}.</source>
      <translation type="unfinished">Mae {name} wedi siarad am {time}.</translation>
    </message>
    <message>
      <source>{time} left for {name}.</source>
      <translation type="unfinished">{time} ar ôl i {name}.</translation>
    </message>
    <message>
      <source>Over time by {time}: {name} had {minutes} min.</source>
      <translation type="unfinished">Dros amser o {time}: roedd gan {name} {minutes} munud.</translation>
    </message>
  </context>
</TS>
