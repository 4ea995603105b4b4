#include "lmManager.h"

LmManager::LmManager(QObject *parent)
    : QObject{parent}
{
    m_manager = new QNetworkAccessManager(this);
    connect(m_manager, &QNetworkAccessManager::finished, this, &LmManager::handleReply);

    m_request->setHeader(QNetworkRequest::ContentTypeHeader, "application/json");

    // Some models incorporate their thinking into the answer, use regex to remove it.
    m_thinkTag = QRegularExpression("<think>[\\s\\S]*?</think>");

    m_dailyQuoteTimer = new QTimer(this);
    m_dailyQuoteTimer->setSingleShot(true);
    connect(m_dailyQuoteTimer, &QTimer::timeout, this, &LmManager::refreshDailyQuote);

    QDateTime now = QDateTime::currentDateTime();
    QDateTime midnight(now.date().addDays(1), QTime(0, 0, 0));
    m_dailyQuoteTimer->start(now.msecsTo(midnight));

    generateQuote();
}

QRegularExpression LmManager::thinkTag() const
{
    return m_thinkTag;
}

QString LmManager::quote() const
{
    return m_quote;
}

void LmManager::setQuote(const QString &newQuote)
{
    if (m_quote == newQuote)
        return;
    m_quote = newQuote;
    emit quoteChanged();
}

QString LmManager::suggestion() const
{
    return m_suggestion;
}

void LmManager::setSuggestion(const QString &newSuggestion)
{
    if (m_suggestion == newSuggestion)
        return;
    m_suggestion = newSuggestion;
    emit suggestionChanged();
}

void LmManager::generateQuote()
{
    QJsonArray messages;

    messages.append(QJsonObject {
        {"role", "system"},
        {"content", "You are Qwen, a supportive assistant AI. "
                    "Your main goal is to inspire and uplift users with short motivational messages "
                    "that are simple, positive, and easy to understand. "
                    "You should also add a positive emoji at the end of the quote. "
                    "Provide nothing more than the sentences and the emoji at the end."}
    });

    messages.append(QJsonObject {
        {"role", "user"},
        {"content", "Write a short uplifting quote (no more than 2 sentences) for someone starting their day."
                    "Keep it positive, encouraging, and easy to read."}
    });

    QJsonObject payload;
    payload["messages"] = messages;
    payload["temperature"] = 0.8;
    payload["max_tokens"] = 500;

    QJsonDocument doc(payload);
    QByteArray data = doc.toJson();

    QNetworkReply *reply = m_manager->post(*m_request, data);

    reply->setProperty("lm_task", static_cast<int>(Task::Quote));
}
