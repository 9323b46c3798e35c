import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Learn (issue 25): articles about depression and its treatment from
// Tessera, every module that is on and the clinic's profile, by topic, with
// "For family and friends" as its own part, and a search. The list and the
// search are the "learn" controller's (core/learn/learncontroller.h).
ScrollView {
    id: page
    objectName: "learnPage"
    signal openArticle(string key)
    property var controller: learn
    readonly property var articles: page.controller ? page.controller.model : null
    readonly property bool ready: page.articles !== null
    contentWidth: availableWidth
    focusPolicy: Qt.NoFocus

    ColumnLayout {
        width: Theme.contentWidth(page.availableWidth)
        x: Theme.contentX(page.availableWidth)
        spacing: Theme.spacing
        KeepFocusVisible { view: page }
        Item { height: Theme.spacing }
        PageHeader {
            title: qsTr("Learn")
            subtitle: qsTr("Short reads about depression, its treatment and the tools here, in plain words. There is a part for family and friends too.")
            Layout.fillWidth: true
        }

        Label {
            id: searchLabel
            text: qsTr("Search articles")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: true
        }
        TextField {
            id: search
            objectName: "learnSearch"
            focus: true
            Layout.fillWidth: true
            Layout.maximumWidth: 480
            placeholderText: qsTr("For example: sleep, medicines, how to help")
            Accessible.name: searchLabel.text
            Accessible.description: placeholderText
            text: page.articles ? page.articles.query : ""
            onTextEdited: debounce.restart()
            Keys.onEscapePressed: { text = ""; page.articles.query = "" }
            Timer { id: debounce; interval: 200; onTriggered: page.articles.query = search.text }
        }
        Label {
            objectName: "learnCount"
            Layout.fillWidth: true
            visible: page.articles !== null && page.articles.query !== ""
            text: !page.articles ? "" : page.articles.count === 0 ? qsTr("No article has those words. Try fewer or other words.")
                  : page.articles.count === 1 ? qsTr("1 article") : qsTr("%1 articles").arg(page.articles.count)
            color: Theme.subtleText
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        EmptyState {
            objectName: "learnEmpty"
            visible: page.articles !== null && page.articles.total === 0
            Layout.fillWidth: true
            title: qsTr("No articles here")
            message: qsTr("The modules that are on have no articles, and your clinic's profile has hidden Tessera's own.")
        }

        Repeater {
            objectName: "learnRows"
            model: page.articles
            delegate: ColumnLayout {
                id: entry
                required property string key
                required property string title
                required property string summary
                required property int minutes
                required property string sourceName
                required property bool read
                required property string section
                required property bool firstInSection
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                // A heading where the topic changes (the list is in topic order).
                Label {
                    objectName: "learnSection"
                    visible: entry.firstInSection
                    text: entry.section
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                LearnArticleRow {
                    Layout.fillWidth: true
                    key: entry.key
                    title: entry.title
                    summary: entry.summary
                    minutes: entry.minutes
                    sourceName: entry.sourceName
                    read: entry.read
                    onOpenRequested: key => page.openArticle(key)
                }
            }
        }
        Item { height: Theme.spacing }
    }
}
