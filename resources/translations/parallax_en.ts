<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotationDocument</name>
    <message numerus="yes">
        <source>Import %n annotation(s)</source>
        <translation>
            <numerusform>Import %n annotation</numerusform>
            <numerusform>Import %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationExport</name>
    <message numerus="yes">
        <source>%n quote(s) under </source>
        <translation>
            <numerusform>%n quote under </numerusform>
            <numerusform>%n quotes under </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s).</source>
        <translation>
            <numerusform>%n tag.</numerusform>
            <numerusform>%n tags.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n file read</numerusform>
            <numerusform>%n files read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article imported</numerusform>
            <numerusform>%n articles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the corpus</source>
        <translation>
            <numerusform>%n already in the corpus</numerusform>
            <numerusform>%n already in the corpus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>%n file failed</numerusform>
            <numerusform>%n files failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicate(s) linked</source>
        <translation>
            <numerusform>%n near-duplicate linked</numerusform>
            <numerusform>%n near-duplicates linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed version(s) of stored articles</source>
        <translation>
            <numerusform>%n changed version of stored articles</numerusform>
            <numerusform>%n changed versions of stored articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) re-anchored</source>
        <translation>
            <numerusform>%n annotation re-anchored</numerusform>
            <numerusform>%n annotations re-anchored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n orphaned</numerusform>
            <numerusform>%n orphaned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n article(s) stored before it stopped are in the corpus.</source>
        <translation>
            <numerusform>The %n article stored before it stopped is in the corpus.</numerusform>
            <numerusform>The %n articles stored before it stopped are in the corpus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <source> in %n article(s)</source>
        <translation>
            <numerusform> in %n article</numerusform>
            <numerusform> in %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) mentioned</source>
        <translation>
            <numerusform>%n date mentioned</numerusform>
            <numerusform>%n dates mentioned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>imported %n annotation(s)</source>
        <translation>
            <numerusform>imported %n annotation</numerusform>
            <numerusform>imported %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time expression(s)</source>
        <translation>
            <numerusform>%n time expression</numerusform>
            <numerusform>%n time expressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reported bucket(s)</source>
        <translation>
            <numerusform>%n reported bucket</numerusform>
            <numerusform>%n reported buckets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioned date(s)</source>
        <translation>
            <numerusform>%n mentioned date</numerusform>
            <numerusform>%n mentioned dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the codebook</source>
        <translation>
            <numerusform>%n change to the codebook</numerusform>
            <numerusform>%n changes to the codebook</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tagged %n article(s) again with the lexicon</source>
        <translation>
            <numerusform>tagged %n article again with the lexicon</numerusform>
            <numerusform>tagged %n articles again with the lexicon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term and country cell(s)</source>
        <translation>
            <numerusform>%n term and country cell</numerusform>
            <numerusform>%n term and country cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>top %n term(s)</source>
        <translation>
            <numerusform>top %n term</numerusform>
            <numerusform>top %n terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s)</source>
        <translation>
            <numerusform>in %n article</numerusform>
            <numerusform>in %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n article(s)</source>
        <translation>
            <numerusform> in %n article</numerusform>
            <numerusform> in %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::annotations::AnnotationDocument</name>
    <message numerus="yes">
        <source>Import %n annotation(s)</source>
        <translation>
            <numerusform>Import %n annotation</numerusform>
            <numerusform>Import %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::itemmodels::CollocateModel</name>
    <message numerus="yes">
        <source>Times within %n word(s) of a match, before or after</source>
        <translation>
            <numerusform>Times within %n word of a match, before or after</numerusform>
            <numerusform>Times within %n words of a match, before or after</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Times within %n word(s) before a match</source>
        <translation>
            <numerusform>Times within %n word before a match</numerusform>
            <numerusform>Times within %n words before a match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Times within %n word(s) after a match</source>
        <translation>
            <numerusform>Times within %n word after a match</numerusform>
            <numerusform>Times within %n words after a match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ui::AnnotationController</name>
    <message numerus="yes">
        <source>%Ln annotation(s) imported.</source>
        <translation>
            <numerusform>%Ln annotation imported.</numerusform>
            <numerusform>%Ln annotations imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ui::AnnotationsDock</name>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln annotation(s)</source>
        <translation>
            <numerusform>%1 of %Ln annotation</numerusform>
            <numerusform>%1 of %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln not found after a change: select the passage, right-click, Place</source>
        <translation>
            <numerusform> · %Ln not found after a change: select the passage, right-click, Place</numerusform>
            <numerusform> · %Ln not found after a change: select the passage, right-click, Place</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ui::ArticleRemover</name>
    <message numerus="yes">
        <source>Remove %Ln article(s) from the corpus?</source>
        <translation>
            <numerusform>Remove %Ln article from the corpus?</numerusform>
            <numerusform>Remove %Ln articles from the corpus?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>So do the %Ln annotation(s) made on them.</source>
        <translation>
            <numerusform>So does the %Ln annotation made on them.</numerusform>
            <numerusform>So do the %Ln annotations made on them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %Ln article(s)…</source>
        <translation>
            <numerusform>Removing %Ln article…</numerusform>
            <numerusform>Removing %Ln articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>So do the %Ln annotation(s) made on it.</source>
        <translation>
            <numerusform>So does the %Ln annotation made on it.</numerusform>
            <numerusform>So do the %Ln annotations made on it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ui::CodebookDock</name>
    <message numerus="yes">
        <source> and the %Ln tag(s) below it</source>
        <translation>
            <numerusform> and the %Ln tag below it</numerusform>
            <numerusform> and the %Ln tags below it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) carry it. What should happen to them?</source>
        <translation>
            <numerusform>%Ln annotation carries it. What should happen to it?</numerusform>
            <numerusform>%Ln annotations carry it. What should happen to them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ui::ComparePane</name>
    <message numerus="yes">
        <source>%Ln aligned sentence pair(s)</source>
        <translation>
            <numerusform>%Ln aligned sentence pair</numerusform>
            <numerusform>%Ln aligned sentence pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ui::ConcordancePanel</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> of %1 in %Ln article(s)</source>
        <translation>
            <numerusform> of %1 in %Ln article</numerusform>
            <numerusform> of %1 in %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · the earliest %Ln of the %1 articles that match</source>
        <translation>
            <numerusform> · the earliest %Ln of the %1 articles that match</numerusform>
            <numerusform> · the earliest %Ln of the %1 articles that match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s)</source>
        <translation>
            <numerusform>%Ln mention</numerusform>
            <numerusform>%Ln mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The words within %n word(s) of the matches more often than elsewhere in the same articles</source>
        <translation>
            <numerusform>The words within %n word of the matches more often than elsewhere in the same articles</numerusform>
            <numerusform>The words within %n words of the matches more often than elsewhere in the same articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No word occurs within %n word(s) of these matches at least three times and more often than elsewhere in their articles.</source>
        <translation>
            <numerusform>No word occurs within %n word of these matches at least three times and more often than elsewhere in their articles.</numerusform>
            <numerusform>No word occurs within %n words of these matches at least three times and more often than elsewhere in their articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) with “%1” within %2 words of the match</source>
        <translation>
            <numerusform>%Ln line with “%1” within %2 words of the match</numerusform>
            <numerusform>%Ln lines with “%1” within %2 words of the match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ui::DocumentViewer</name>
    <message numerus="yes">
        <source>Repeats %1, as does %2.</source>
        <translation>
            <numerusform>Repeats %1, as does %2.</numerusform>
            <numerusform>Repeats %1, as do %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ui::EntityPanel</name>
    <message numerus="yes">
        <source>%Ln mention(s) here</source>
        <translation>
            <numerusform>%Ln mention here</numerusform>
            <numerusform>%Ln mentions here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s)</source>
        <translation>
            <numerusform>%Ln mention</numerusform>
            <numerusform>%Ln mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) in the articles in view</source>
        <translation>
            <numerusform>%Ln mention in the articles in view</numerusform>
            <numerusform>%Ln mentions in the articles in view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the whole corpus</source>
        <translation>
            <numerusform>%Ln in the whole corpus</numerusform>
            <numerusform>%Ln in the whole corpus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not named in the articles in view; %Ln mention(s) in the whole corpus</source>
        <translation>
            <numerusform>not named in the articles in view; %Ln mention in the whole corpus</numerusform>
            <numerusform>not named in the articles in view; %Ln mentions in the whole corpus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ui::FramingPanel</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting the words of %Ln article(s)…</source>
        <translation>
            <numerusform>Counting the words of %Ln article…</numerusform>
            <numerusform>Counting the words of %Ln articles…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ui::ImportController</name>
    <message numerus="yes">
        <source>Importing: %1 of %Ln file(s)</source>
        <translation>
            <numerusform>Importing: %1 of %Ln file</numerusform>
            <numerusform>Importing: %1 of %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln article(s)</source>
        <translation>
            <numerusform>, %Ln article</numerusform>
            <numerusform>, %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ui::LexiconEditor</name>
    <message numerus="yes">
        <source>%Ln entries, your lexicon in %1</source>
        <translation>
            <numerusform>%Ln entry, your lexicon in %1</numerusform>
            <numerusform>%Ln entries, your lexicon in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries, the lexicon Parallax ships; your edits are saved in %1</source>
        <translation>
            <numerusform>%Ln entry, the lexicon Parallax ships; your edits are saved in %1</numerusform>
            <numerusform>%Ln entries, the lexicon Parallax ships; your edits are saved in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ui::LibraryPanel</name>
    <message numerus="yes">
        <source>0 of %Ln article(s)</source>
        <translation>
            <numerusform>0 of %Ln article</numerusform>
            <numerusform>0 of %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln article(s) match</source>
        <translation>
            <numerusform>%1 of %Ln article matches</numerusform>
            <numerusform>%1 of %Ln articles match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln Articles from Corpus…</source>
        <translation>
            <numerusform>Remove %Ln Article from Corpus…</numerusform>
            <numerusform>Remove %Ln Articles from Corpus…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove All %Ln Articles in This List…</source>
        <translation>
            <numerusform>Remove the %Ln Article in This List…</numerusform>
            <numerusform>Remove All %Ln Articles in This List…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> and %Ln more</numerusform>
            <numerusform> and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ui::MainWindow</name>
    <message numerus="yes">
        <source>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Read, annotate and compare news coverage: line up two sources&apos; reports of one event and see what each says, omits, and how it names things.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;Corpus: %4 (%n article(s))&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Read, annotate and compare news coverage: line up two sources&apos; reports of one event and see what each says, omits, and how it names things.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;Corpus: %4 (%n article)&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Read, annotate and compare news coverage: line up two sources&apos; reports of one event and see what each says, omits, and how it names things.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;Corpus: %4 (%n articles)&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) in %1</source>
        <translation>
            <numerusform>%Ln article in %1</numerusform>
            <numerusform>%Ln articles in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) removed from the corpus</source>
        <translation>
            <numerusform>%Ln article removed from the corpus</numerusform>
            <numerusform>%Ln articles removed from the corpus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ui::ScopeBar</name>
    <message numerus="yes">
        <source>In %Ln article(s): %1</source>
        <translation>
            <numerusform>In %Ln article: %1</numerusform>
            <numerusform>In %Ln articles: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln article(s), every country: %1</source>
        <translation>
            <numerusform>In %Ln article, every country: %1</numerusform>
            <numerusform>In %Ln articles, every country: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ui::TimelinePanel</name>
    <message numerus="yes">
        <source>%Ln article(s) in view</source>
        <translation>
            <numerusform>%Ln article in view</numerusform>
            <numerusform>%Ln articles in view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln mentioned date(s), counted per %1 (zoom in to see each)</source>
        <translation>
            <numerusform> · %Ln mentioned date, counted per %1 (zoom in to see each)</numerusform>
            <numerusform> · %Ln mentioned dates, counted per %1 (zoom in to see each)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln mentioned date(s)</source>
        <translation>
            <numerusform> · %Ln mentioned date</numerusform>
            <numerusform> · %Ln mentioned dates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ui::TimelineView</name>
    <message numerus="yes">
        <source>%1: %Ln article(s) published %2 – %3</source>
        <translation>
            <numerusform>%1: %Ln article published %2 – %3</numerusform>
            <numerusform>%1: %Ln articles published %2 – %3</numerusform>
        </translation>
    </message>
</context>
</TS>
